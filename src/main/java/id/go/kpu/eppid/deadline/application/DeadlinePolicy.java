package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.WorkingDays;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.RequestKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The one place where a request's due date is computed. REQ-8 / CON-4 / LAW-1: at most 10 working days from
 * receipt, counted in the office's own time zone, due at the close of service on the last day.
 */
@ApplicationScoped
public class DeadlinePolicy {

    /** Working days allowed for a request under UU 14/2008 Pasal 22 (LAW-1) and seed 004 (REQ-8, CON-4). */
    public static final int STANDARD_WORKING_DAYS = 10;

    /** The due instant of a request of {@code kind} received at {@code receivedAt} by {@code office}. */
    public Instant dueAt(Office office, RequestKind kind, Instant receivedAt) {
        return workingDaysAfter(office, receivedAt, STANDARD_WORKING_DAYS);
    }

    /** LAW-1: the due instant after extending {@code due} by {@code days} working days (closing of the last day). */
    public Instant extended(Office office, Instant due, int days) {
        return workingDaysAfter(office, due, days);
    }

    private static Instant workingDaysAfter(Office office, Instant start, int days) {
        LocalDate startDay = start.atZone(office.getZone()).toLocalDate();
        LocalDate dueOn = WorkingDays.plus(startDay, days);
        LocalTime closing = office.closesAt(dueOn.getDayOfWeek());
        return dueOn.atTime(closing).atZone(office.getZone()).toInstant();
    }
}
