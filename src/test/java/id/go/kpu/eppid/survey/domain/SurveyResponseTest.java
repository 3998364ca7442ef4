package id.go.kpu.eppid.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The satisfaction survey's answers (HD-12, REQ-10, PermenPAN-RB 14/2017): nine elements, 1–4, once. */
class SurveyResponseTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private static SurveyResponse response() {
        return new SurveyResponse(7, SurveyService.HELPDESK, 3, "HD-1811-2026-000003", "t".repeat(43), T0);
    }

    private static Map<SurveyElement, Integer> all(int score) {
        Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        for (SurveyElement e : SurveyElement.values()) {
            scores.put(e, score);
        }
        return scores;
    }

    @Test
    void everyElementNeedsAScoreOnTheScaleAndEachMissingOneIsNamed() {
        SurveyResponse r = response();
        Map<SurveyElement, Integer> scores = all(4);
        scores.remove(SurveyElement.U3);
        scores.put(SurveyElement.U7, 5);
        scores.put(SurveyElement.U8, 0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> r.submit(scores, null, SurveyResponse.Via.LINK, T0));
        assertEquals(3, e.problems().size());
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("scoreU3")));
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("scoreU7")));
        assertTrue(r.getAnswers().isEmpty(), "nothing kept from a refused submission");
    }

    @Test
    void theAnswersAreKeptByCodeAndNameAndGivenOnce() {
        SurveyResponse r = response();
        Map<SurveyElement, Integer> scores = all(4);
        scores.put(SurveyElement.U9, 3);
        r.submit(scores, "  Petugas sabar.  ", SurveyResponse.Via.DESK, T0);
        assertEquals(9, r.getAnswers().size());
        SurveyAnswer u9 = r.getAnswers().stream().filter(a -> a.getElementCode().equals("U9")).findFirst()
                .orElseThrow();
        assertEquals("Sarana dan Prasarana", u9.getElementName());
        assertEquals(3, u9.getScore());
        assertEquals(35.0 / 9, r.average(), 1e-9);
        assertEquals("Petugas sabar.", r.getComment());
        assertThrows(InvalidInputException.class, () -> r.submit(all(1), null, SurveyResponse.Via.LINK, T0),
                "one response per service event");
    }
}
