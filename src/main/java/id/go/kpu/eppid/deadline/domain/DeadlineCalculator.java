package id.go.kpu.eppid.deadline.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes a due date and its explanation from an office's calendar (REQ-8, CON-4, LAW-1, LAW-3). Counting
 * convention, also on the staff help page:
 * <ul>
 * <li>The clock starts at receipt, in the office's zone; received after closing, before opening or on a day that is not
 * a working day, it starts at the next opening.</li>
 * <li>Day clocks: the day the clock starts is day 0; the due date is the Nth working day after it, due at that day's
 * closing. Days off (weekends, holidays, collective leave, closures) are skipped and named.</li>
 * <li>Hour clocks count service hours only: what is left at closing carries over to the next opening.</li>
 * <li>A pause (waiting for the applicant) adds, for a day clock, the working days from the day after it began through
 * the day it ended; for an hour clock, the service time inside it.</li>
 * <li>An extension (LAW-1) adds its working days to a day clock.</li>
 * </ul>
 * Pure and allocation-light: no I/O, no clock of its own ({@code now} is passed in for a pause still running).
 */
public final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    /** What a computation needs. {@code extension} is in the regime's unit (0 when none). */
    public record Input(RegimeClock clock, int length, Instant receivedAt, List<Pause> pauses, int extension) {
        public Input {
            pauses = List.copyOf(pauses);
        }
    }

    public static Deadline compute(OfficeCalendar cal, Input in, Instant now) {
        List<TraceStep> trace = new ArrayList<>();
        LocalDateTime received = LocalDateTime.ofInstant(in.receivedAt(), cal.zone());
        trace.add(TraceStep.of("deadline.trace.received", received));
        LocalDateTime start = clockStart(cal, received, trace);
        boolean paused = in.pauses().stream().anyMatch(p -> p.to() == null);
        Instant dueAt = in.clock() == RegimeClock.WORKING_DAYS
                ? byDays(cal, start, in, now, trace)
                : byHours(cal, start, in, now, trace);
        return new Deadline(dueAt, start.atZone(cal.zone()).toInstant(), trace, paused);
    }

    /** When the clock starts: at receipt within service hours, else at the next opening. */
    static LocalDateTime clockStart(OfficeCalendar cal, LocalDateTime received, List<TraceStep> trace) {
        LocalDate day = received.toLocalDate();
        Optional<OfficeCalendar.Hours> hours = cal.hours(day);
        if (hours.isPresent() && received.toLocalTime().isBefore(hours.get().closes())) {
            if (received.toLocalTime().isBefore(hours.get().opens())) {
                LocalDateTime start = day.atTime(hours.get().opens());
                trace.add(TraceStep.of("deadline.trace.beforeOpening", start));
                return start;
            }
            return received;
        }
        LocalDate next = cal.nextWorkingDay(day);
        LocalDateTime start = next.atTime(cal.hours(next).orElseThrow().opens());
        if (hours.isPresent()) {
            trace.add(TraceStep.of("deadline.trace.afterHours", start));
        } else {
            Optional<OfficeCalendar.Closure> closure = cal.closure(day);
            trace.add(closure.isPresent() ? TraceStep.of("deadline.trace.dayOff", day, closure.get().name(), start)
                    : TraceStep.of("deadline.trace.notWorkingDay", day, start));
        }
        return start;
    }

    private static Instant byDays(OfficeCalendar cal, LocalDateTime start, Input in, Instant now,
            List<TraceStep> trace) {
        LocalDate startDay = start.toLocalDate();
        int n = in.length();
        trace.add(TraceStep.of("deadline.trace.days", in.length(), startDay));
        for (Pause p : in.pauses()) {
            LocalDate from = LocalDate.ofInstant(p.from(), cal.zone());
            Instant end = p.to() == null ? now : p.to();
            LocalDate to = LocalDate.ofInstant(end, cal.zone());
            int added = cal.workingDaysBetween(from, to);
            n += added;
            trace.add(p.to() == null ? TraceStep.of("deadline.trace.pausedSince", from, added)
                    : TraceStep.of("deadline.trace.paused", from, to, added));
        }
        if (in.extension() > 0) {
            n += in.extension();
            trace.add(TraceStep.of("deadline.trace.extended", in.extension()));
        }
        LocalDate due = startDay;
        for (int i = 0; i < n; i++) {
            LocalDate next = cal.nextWorkingDay(due);
            for (LocalDate d = due.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
                Optional<OfficeCalendar.Closure> closure = cal.closure(d);
                if (closure.isPresent()) {
                    trace.add(TraceStep.of("deadline.trace.skipped", d, closure.get().name()));
                }
            }
            due = next;
        }
        LocalDateTime dueAt = due.atTime(cal.hours(due).orElseThrow().closes());
        trace.add(TraceStep.of("deadline.trace.dueDay", n, dueAt));
        return dueAt.atZone(cal.zone()).toInstant();
    }

    private static Instant byHours(OfficeCalendar cal, LocalDateTime start, Input in, Instant now,
            List<TraceStep> trace) {
        Duration remaining = Duration.ofHours(in.length() + (long) in.extension());
        trace.add(TraceStep.of("deadline.trace.hours", in.length(), start));
        for (Pause p : in.pauses()) {
            Instant end = p.to() == null ? now : p.to();
            Duration inside = serviceTime(cal, LocalDateTime.ofInstant(p.from(), cal.zone()),
                    LocalDateTime.ofInstant(end, cal.zone()));
            remaining = remaining.plus(inside);
            trace.add(TraceStep.of("deadline.trace.pausedMinutes", LocalDateTime.ofInstant(p.from(), cal.zone()),
                    inside.toMinutes()));
        }
        LocalDateTime t = start;
        while (true) {
            OfficeCalendar.Hours h = cal.hours(t.toLocalDate()).orElseThrow();
            Duration left = Duration.between(t.toLocalTime(), h.closes());
            if (remaining.compareTo(left) <= 0) {
                LocalDateTime due = t.plus(remaining);
                trace.add(TraceStep.of("deadline.trace.dueAt", due));
                return due.atZone(cal.zone()).toInstant();
            }
            remaining = remaining.minus(left);
            LocalDate next = cal.nextWorkingDay(t.toLocalDate());
            t = next.atTime(cal.hours(next).orElseThrow().opens());
            trace.add(TraceStep.of("deadline.trace.carriesOver", remaining.toMinutes(), t));
        }
    }

    /** Service time between two moments (only inside opening hours of working days). */
    static Duration serviceTime(OfficeCalendar cal, LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            Optional<OfficeCalendar.Hours> h = cal.hours(d);
            if (h.isEmpty()) {
                continue;
            }
            LocalDateTime open = d.atTime(h.get().opens());
            LocalDateTime close = d.atTime(h.get().closes());
            LocalDateTime a = from.isAfter(open) ? from : open;
            LocalDateTime b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** For explanations: the instant as the office's local date-time. */
    public static LocalDateTime local(OfficeCalendar cal, Instant instant) {
        return ZonedDateTime.ofInstant(instant, cal.zone()).toLocalDateTime();
    }
}
