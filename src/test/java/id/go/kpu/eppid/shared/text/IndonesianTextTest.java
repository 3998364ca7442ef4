package id.go.kpu.eppid.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HD-6: the FAQ is searched in Indonesian: derived forms meet in one stem, stop words drop out. */
class IndonesianTextTest {

    @Test
    void derivedFormsShareAStemAndStopWordsDropOut() {
        assertEquals(IndonesianText.words("pendaftaran").get(0), IndonesianText.words("mendaftar").get(0));
        assertEquals(IndonesianText.words("pendaftaran").get(0), IndonesianText.words("didaftarkan").get(0));
        List<String> words = IndonesianText.words("Bagaimana jika akun operator terkunci?");
        assertTrue(words.contains("akun") && words.contains("operator"), words.toString());
        assertFalse(words.contains("jika"), "stop word: " + words);
        assertEquals("", IndonesianText.indexText("  "));
    }
}
