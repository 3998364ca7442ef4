package id.go.kpu.eppid.standards.domain;

import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a request's deadline reminder is due and which traffic light it shows, from the office's working calendar.
 * Days are counted in the office's time zone: "2 working days before" means the due date is the 2nd working day after
 * today.
 */
public final class DeadlineRules {

    /** The dashboard's "due soon" horizon and the earliest reminder, in working days. */
    public static final int SOON_WORKING_DAYS = 2;

    private DeadlineRules() {
    }

    /**
     * The reminder that applies now, the most urgent only (a reminder missed while the job was down is not sent late):
     * D0 once the due instant has passed; D1 when the due date is today or the next working day; D2 when it is the
     * 2nd working day after today; none before.
     */
    public static Optional<ReminderKind> reminderDue(Instant now, Instant dueAt, OfficeCalendar calendar) {
        if (!now.isBefore(dueAt)) {
            return Optional.of(ReminderKind.D0);
        }
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        LocalDate dueDay = dueAt.atZone(calendar.zone()).toLocalDate();
        int left = calendar.workingDaysBetween(today, dueDay);
        if (left <= 1) {
            return Optional.of(ReminderKind.D1);
        }
        if (left == SOON_WORKING_DAYS) {
            return Optional.of(ReminderKind.D2);
        }
        return Optional.empty();
    }

    /**
     * The instant before which a not yet overdue request counts as due soon: the start of the day after the 2nd
     * working day after today, in the office's zone.
     */
    public static Instant soonLimit(Instant now, OfficeCalendar calendar) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        return calendar.plusWorkingDays(today, SOON_WORKING_DAYS).plusDays(1).atStartOfDay(calendar.zone())
                .toInstant();
    }

    /** The traffic light of a request due at {@code dueAt}. */
    public static TrafficLight light(Instant now, Instant dueAt, Instant soonLimit) {
        if (!now.isBefore(dueAt)) {
            return TrafficLight.OVERDUE;
        }
        return dueAt.isBefore(soonLimit) ? TrafficLight.DUE_SOON : TrafficLight.ON_TIME;
    }
}
