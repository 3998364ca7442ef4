package id.go.kpu.eppid.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One office's working calendar for one service, in memory: its time zone, its hours per weekday (a weekday without
 * hours is closed) and its days off (national holidays, collective leave, its own closures) with their names. Immutable
 * and cheap to query, so a deadline computes in microseconds.
 */
public final class OfficeCalendar {

    /** Opening and closing on a working day, in the office's zone. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes before it opens: " + opens + "–" + closes);
            }
        }
    }

    /** A day off and why. */
    public record Closure(LocalDate day, DayOffKind kind, String name) {
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> week;
    private final Map<LocalDate, Closure> daysOff;

    public OfficeCalendar(ZoneId zone, Map<DayOfWeek, Hours> week, Map<LocalDate, Closure> daysOff) {
        this.zone = zone;
        this.week = week.isEmpty() ? Map.of() : new EnumMap<>(week);
        this.daysOff = Map.copyOf(daysOff);
        if (this.week.isEmpty()) {
            throw new IllegalArgumentException("an office calendar needs at least one working weekday");
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours on {@code date}, or empty when it is not a working day (closed weekday or day off). */
    public Optional<Hours> hours(LocalDate date) {
        if (daysOff.containsKey(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    public boolean isWorkingDay(LocalDate date) {
        return hours(date).isPresent();
    }

    /** The day off on {@code date} (a weekday the office would otherwise open), for explanations. */
    public Optional<Closure> closure(LocalDate date) {
        return Optional.ofNullable(daysOff.get(date));
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        for (int i = 0; i < 3660 && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The {@code n}th working day after {@code start} (start itself is day 0). */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
