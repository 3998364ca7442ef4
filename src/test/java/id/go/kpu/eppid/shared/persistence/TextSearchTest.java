package id.go.kpu.eppid.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void eachWordBecomesAPatternWithWildcardsTakenLiterally() {
        assertEquals(List.of("%bengkel%", "%100\\%%", "%a\\_b%"), TextSearch.patterns("  Bengkel 100%  A_b "));
    }

    @Test
    void blankTextSearchesNothingAndAtMostFiveWordsCount() {
        assertEquals(List.of(), TextSearch.patterns("   "));
        assertEquals(List.of(), TextSearch.patterns(null));
        assertEquals(5, TextSearch.patterns("a b c d e f g").size());
    }
}
