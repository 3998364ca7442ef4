package id.go.kpu.eppid.helpdesk.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The two daily moments of SIPOL data-entry monitoring (HD-11, seed 001 D.5): 08:00 and 17:00 office time. A report
 * is due from the moment on; without one {@value #GRACE_MINUTES} minutes later the slot is missed.
 */
public enum MonitoringSlot {
    AM(LocalTime.of(8, 0)), PM(LocalTime.of(17, 0));

    /** How long after the moment a report still counts as on time. */
    public static final int GRACE_MINUTES = 60;

    /** Where a slot stands. */
    public enum State { UPCOMING, DUE, DONE, DONE_LATE, MISSED }

    private final LocalTime at;

    MonitoringSlot(LocalTime at) {
        this.at = at;
    }

    public LocalTime at() {
        return at;
    }

    public Instant moment(LocalDate day, ZoneId zone) {
        return day.atTime(at).atZone(zone).toInstant();
    }

    /** The state of this slot on {@code day} at {@code now}, given when its report was recorded (null: none). */
    public State state(LocalDate day, ZoneId zone, Instant recordedAt, Instant now) {
        Instant moment = moment(day, zone);
        Instant deadline = moment.plus(Duration.ofMinutes(GRACE_MINUTES));
        if (recordedAt != null) {
            return recordedAt.isAfter(deadline) ? State.DONE_LATE : State.DONE;
        }
        if (now.isBefore(moment)) {
            return State.UPCOMING;
        }
        return now.isBefore(deadline) ? State.DUE : State.MISSED;
    }
}
