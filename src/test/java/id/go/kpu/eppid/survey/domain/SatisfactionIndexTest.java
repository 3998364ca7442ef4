package id.go.kpu.eppid.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kpu.eppid.survey.domain.SatisfactionIndex.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REQ-10, LAW-5: the IKM exactly as PermenPAN-RB 14/2017 computes it, with worked numbers. */
class SatisfactionIndexTest {

    @Test
    void fourRespondentsWorkedThroughByHand() {
        //              U1 U2 U3 U4 U5 U6 U7 U8 U9
        var index = SatisfactionIndex.ofRows(List.of(
                new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4},
                new int[] {3, 3, 3, 4, 3, 3, 3, 3, 3},
                new int[] {3, 4, 2, 4, 3, 3, 4, 3, 3},
                new int[] {4, 3, 3, 4, 3, 4, 4, 2, 3}));
        // element sums 14 14 12 16 13 14 15 12 13 over 4 answers each
        String[] averages = {"3.500", "3.500", "3.000", "4.000", "3.250", "3.500", "3.750", "3.000", "3.250"};
        for (int i = 0; i < 9; i++) {
            assertEquals(new BigDecimal(averages[i]), index.elements().get(i).averageRounded(), "U" + (i + 1));
            assertEquals(4, index.elements().get(i).answers());
        }
        assertEquals(14, index.elements().get(0).total());
        // weighted: 3.5 / 9 = 0.3889 (U1); the sum of averages 30.75 / 9 = 3.41667 → × 25 = 85.4167 → 85.42, grade B
        assertEquals(new BigDecimal("0.389"), index.elements().get(0).weighted().setScale(3,
                java.math.RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("3.417"), index.ikmRounded());
        assertEquals(new BigDecimal("85.42"), index.index());
        assertEquals(Grade.B, index.grade());
        assertEquals(4, index.respondents());
        assertEquals(88, index.elements().get(0).percentOfMax(), "3.5 of 4 for the bar");
    }

    @Test
    void theScalesEndsAreOneHundredAndTwentyFive() {
        var best = SatisfactionIndex.ofRows(List.of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}));
        assertEquals(new BigDecimal("100.00"), best.index());
        assertEquals(Grade.A, best.grade());
        var worst = SatisfactionIndex.ofRows(List.of(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}));
        assertEquals(new BigDecimal("25.00"), worst.index());
        assertEquals(Grade.D, worst.grade());
    }

    @Test
    void elementsWithDifferentAnswerCountsAreAveragedOnTheirOwn() {
        // U1 answered by 3 (4, 4, 1 → 3.0), the others by 2 (3, 2 → 2.5): (3.0 + 8 × 2.5) / 9 × 25 = 63.89 → D
        Map<SurveyElement, SatisfactionIndex.Tally> tallies = new java.util.EnumMap<>(SurveyElement.class);
        for (SurveyElement e : SurveyElement.values()) {
            tallies.put(e, e == SurveyElement.U1 ? new SatisfactionIndex.Tally(9, 3) : new SatisfactionIndex.Tally(5, 2));
        }
        var index = SatisfactionIndex.of(3, tallies);
        assertEquals(new BigDecimal("63.89"), index.index());
        assertEquals(Grade.D, index.grade());
    }

    @Test
    void theGradeBandsMeetAtTheirPrintedBoundaries() {
        assertEquals(Grade.A, Grade.of(new BigDecimal("88.31")));
        assertEquals(Grade.B, Grade.of(new BigDecimal("88.30")));
        assertEquals(Grade.B, Grade.of(new BigDecimal("76.61")));
        assertEquals(Grade.C, Grade.of(new BigDecimal("76.60")));
        assertEquals(Grade.C, Grade.of(new BigDecimal("65.00")));
        assertEquals(Grade.D, Grade.of(new BigDecimal("64.99")));
        assertEquals(Grade.D, Grade.of(new BigDecimal("25.00")));
    }

    @Test
    void noAnswersGiveNoGrade() {
        var none = SatisfactionIndex.of(0, Map.of());
        assertNull(none.grade());
        assertEquals(BigDecimal.ZERO, none.index());
    }
}
