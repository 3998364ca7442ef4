package id.go.kpu.eppid.guestbook.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * CON-5: the office answers for the safety of everyone on its premises, so from half an hour before closing the
 * desk is warned about every visit still open.
 *
 * @param closesAt today's closing time in the office's zone
 * @param openVisits visits still open
 * @param afterClosing true once closing time has passed
 */
public record ClosingWarning(LocalTime closesAt, int openVisits, boolean afterClosing) {

    /** How long before closing the warning starts. */
    public static final Duration LEAD = Duration.ofMinutes(30);

    /** The warning to show at {@code now} (office-local), or null when there is none. */
    public static ClosingWarning at(ZonedDateTime now, LocalTime closesAt, int openVisits) {
        if (openVisits == 0) {
            return null;
        }
        LocalTime time = now.toLocalTime();
        if (time.isBefore(closesAt.minus(LEAD))) {
            return null;
        }
        return new ClosingWarning(closesAt, openVisits, !time.isBefore(closesAt));
    }
}
