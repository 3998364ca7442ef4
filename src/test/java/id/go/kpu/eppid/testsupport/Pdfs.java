package id.go.kpu.eppid.testsupport;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading and keeping the PDFs a test gets (letters, reports): their text, and a copy to look at. */
public final class Pdfs {

    private Pdfs() {
    }

    /** The text of every page, whitespace runs as one space. */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /** Keeps a copy as {@code target/screenshots/NAME} (or the folder {@code screenshots.dir} names). */
    public static void save(String name, byte[] bytes) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
