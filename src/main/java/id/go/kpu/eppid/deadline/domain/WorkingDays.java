package id.go.kpu.eppid.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days. For now a working day is Monday to Friday; the national holiday and collective-leave
 * calendar replaces {@link #isWorkingDay(LocalDate)} when it lands (issue: deadlines and service-time standards).
 * Convention (REQ-8, LAW-1): the day of receipt is day 0; the due date is the Nth working day after it.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code start} (start itself is day 0). */
    public static LocalDate plus(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
