package id.go.kpu.eppid.standards.domain;

import java.util.Arrays;
import java.util.Collection;

/**
 * How long one step took over many requests or tickets, against its standard: the count, the median and the 90th
 * percentile (nearest-rank: the value at rank ⌈p·n⌉ of the sorted durations, so always an observed duration), and how
 * many and what share ran over the standard (strictly longer than the standard minutes).
 *
 * @param count how many durations
 * @param medianSeconds the median, 0 when there are none
 * @param p90Seconds the 90th percentile, 0 when there are none
 * @param overStandard how many took longer than the standard
 * @param standardMinutes the standard the durations were compared with
 */
public record StepStatistics(int count, long medianSeconds, long p90Seconds, int overStandard, int standardMinutes)
        implements java.io.Serializable {

    /** The statistics of {@code seconds} against a standard of {@code standardMinutes}. */
    public static StepStatistics of(Collection<Long> seconds, int standardMinutes) {
        long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
        long limit = standardMinutes * 60L;
        int over = (int) Arrays.stream(sorted).filter(s -> s > limit).count();
        return new StepStatistics(sorted.length, percentile(sorted, 50), percentile(sorted, 90), over,
                standardMinutes);
    }

    /** Nearest-rank percentile of sorted values (0 for none). */
    public static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** Share over the standard, 0 … 1 (0 when there are no durations). */
    public double shareOver() {
        return count == 0 ? 0 : (double) overStandard / count;
    }

    /** Share over the standard in whole percent, rounded. */
    public int percentOver() {
        return (int) Math.round(shareOver() * 100);
    }

    public double medianMinutes() {
        return medianSeconds / 60.0;
    }

    public double p90Minutes() {
        return p90Seconds / 60.0;
    }
}
