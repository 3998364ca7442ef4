package id.go.kpu.eppid.standards.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Median, 90th percentile (nearest rank) and share over standard of step durations. */
class StepStatisticsTest {

    private static List<Long> minutes(long... m) {
        return java.util.Arrays.stream(m).map(x -> x * 60).boxed().toList();
    }

    @Test
    void tenDurationsAgainstAFiveMinuteStandard() {
        StepStatistics s = StepStatistics.of(minutes(9, 1, 2, 3, 4, 5, 6, 7, 8, 30), 5);
        assertEquals(10, s.count());
        assertEquals(5 * 60, s.medianSeconds(), "rank ⌈0.5·10⌉ = 5th of 1…9,30");
        assertEquals(9 * 60, s.p90Seconds(), "rank ⌈0.9·10⌉ = 9th");
        assertEquals(5, s.overStandard(), "6, 7, 8, 9 and 30 minutes are over 5; exactly 5 is not");
        assertEquals(0.5, s.shareOver());
        assertEquals(50, s.percentOver());
    }

    @Test
    void anOddCountTakesTheMiddleValue() {
        StepStatistics s = StepStatistics.of(minutes(12, 3, 7), 10);
        assertEquals(7 * 60, s.medianSeconds());
        assertEquals(12 * 60, s.p90Seconds());
        assertEquals(1, s.overStandard());
        assertEquals(33, s.percentOver());
    }

    @Test
    void oneDurationIsItsOwnMedianAndPercentile() {
        StepStatistics s = StepStatistics.of(List.of(90L), 1);
        assertEquals(90, s.medianSeconds());
        assertEquals(90, s.p90Seconds());
        assertEquals(1.0, s.shareOver());
        assertEquals(1.5, s.medianMinutes());
    }

    @Test
    void noDurationsGiveZeroes() {
        StepStatistics s = StepStatistics.of(List.of(), 5);
        assertEquals(0, s.count());
        assertEquals(0, s.medianSeconds());
        assertEquals(0, s.p90Seconds());
        assertEquals(0.0, s.shareOver());
    }

    @Test
    void percentileOfAHundredValues() {
        long[] sorted = java.util.stream.LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, StepStatistics.percentile(sorted, 50));
        assertEquals(90, StepStatistics.percentile(sorted, 90));
        assertEquals(1, StepStatistics.percentile(sorted, 0));
        assertEquals(100, StepStatistics.percentile(sorted, 100));
    }
}
