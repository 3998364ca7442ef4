package id.go.kpu.eppid.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** REQ-8, LAW-1: 10 working days from receipt; the day of receipt is day 0. */
class WorkingDaysTest {

    @Test
    void tenWorkingDaysSkipWeekends() {
        // Monday 23 Nov 2026 + 10 working days = Monday 7 Dec 2026
        assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.plus(LocalDate.of(2026, 11, 23), 10));
        // Friday 27 Nov 2026 + 1 = Monday 30 Nov
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.plus(LocalDate.of(2026, 11, 27), 1));
        // received on a Saturday: the count starts on Monday
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.plus(LocalDate.of(2026, 11, 28), 10));
        assertEquals(LocalDate.of(2026, 11, 28), WorkingDays.plus(LocalDate.of(2026, 11, 28), 0));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.plus(LocalDate.of(2026, 11, 28), -1));
    }
}
