package id.go.kpu.eppid.queue.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The two durations the queue reports (HD-5, HD-14): waiting (first call − issue) and service (end − start), and
 * their display form {@code m:ss} or {@code h:mm:ss}.
 */
public final class QueueDurations {

    private QueueDurations() {
    }

    /** From {@code from} to {@code to}, or null when either is missing; never negative. */
    public static Duration between(Instant from, Instant to) {
        if (from == null || to == null) {
            return null;
        }
        Duration d = Duration.between(from, to);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** {@code 0:07}, {@code 12:05}, {@code 1:02:05}; empty for null. */
    public static String format(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.getSeconds();
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
