package id.go.kpu.eppid.shared.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words of Indonesian text as Lucene's {@link IndonesianAnalyzer} sees them (lower case, stop words dropped, stemmed:
 * "pendaftaran", "didaftarkan" and "mendaftar" all become "daftar"), for the FAQ's full-text search (HD-6). The same
 * analysis is applied to the entries and to the query.
 */
public final class IndonesianText {

    private static final Analyzer ANALYZER = new IndonesianAnalyzer();

    private IndonesianText() {
    }

    /** The stemmed words of {@code text}, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The stemmed words joined by spaces (what is stored and searched). */
    public static String indexText(String text) {
        return String.join(" ", words(text));
    }
}
