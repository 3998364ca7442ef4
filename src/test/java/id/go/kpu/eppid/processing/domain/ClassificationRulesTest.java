package id.go.kpu.eppid.processing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** REQ-6, LAW-2: what a classification must carry before a refusal or a partial grant can rest on it. */
class ClassificationRulesTest {

    @Test
    void openInformationNeedsNothingMore() {
        assertTrue(ClassificationRules.missing(Classification.NOT_EXCEPTED, null, null, null, null, null).isEmpty());
    }

    @Test
    void anExceptionNeedsTheCategoryTheConsequenceTestAndTheLegalBasis() {
        assertEquals(List.of("category", "harm", "publicInterest", "legalBasis"),
                ClassificationRules.missing(Classification.EXCEPTED, " ", "", null, null, null));
        assertTrue(ClassificationRules.missing(Classification.EXCEPTED, "h",
                "Mengungkap kondisi kesehatan calon anggota", "Perlindungan rahasia pribadi lebih besar",
                "UU 14/2008 Pasal 17 huruf h angka 2", null).isEmpty());
    }

    @Test
    void aPartialGrantAlsoExplainsWhatIsBlackedOut() {
        assertEquals(List.of("redaction"), ClassificationRules.missing(Classification.PARTIALLY_EXCEPTED, "h",
                "harm", "interest", "basis", null));
        assertEquals(List.of("classification"), ClassificationRules.missing(null, null, null, null, null, null));
    }
}
