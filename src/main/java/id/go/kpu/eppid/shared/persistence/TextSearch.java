package id.go.kpu.eppid.shared.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word search over a lower-cased {@code search_text} column: each of the first five words typed must occur
 * somewhere ({@code LIKE '%word%'}), with LIKE's wildcards in the words taken literally.
 */
public final class TextSearch {

    static final int MAX_WORDS = 5;

    private TextSearch() {
    }

    /** The LIKE patterns for the words of {@code text}; empty for blank text. */
    public static List<String> patterns(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .limit(MAX_WORDS)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
