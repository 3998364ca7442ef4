package id.go.kpu.eppid.standards.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which deadline reminder applies (D2, D1, D0) and which traffic light a request shows, on a WITA calendar with
 * Monday–Friday 08:00–16:00 and Christmas (Fri 25 Dec 2026) off.
 */
class DeadlineRulesTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final OfficeCalendar CALENDAR = calendar();

    private static OfficeCalendar calendar() {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                week.put(d, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
            }
        }
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        return new OfficeCalendar(WITA, week,
                Map.of(christmas, new OfficeCalendar.Closure(christmas, DayOffKind.NATIONAL_HOLIDAY, "Hari Raya Natal")));
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(WITA).toInstant();
    }

    private static Optional<ReminderKind> due(Instant now, Instant dueAt) {
        return DeadlineRules.reminderDue(now, dueAt, CALENDAR);
    }

    @Test
    void twoWorkingDaysBeforeIsD2AndOneIsD1() {
        Instant dueWed = at(12, 16, 16, 0); // Wednesday 16 Dec, closing
        assertEquals(Optional.empty(), due(at(12, 11, 9, 0), dueWed), "Friday: 3 working days left");
        assertEquals(Optional.of(ReminderKind.D2), due(at(12, 14, 9, 0), dueWed), "Monday: Tue, Wed left");
        assertEquals(Optional.of(ReminderKind.D1), due(at(12, 15, 9, 0), dueWed), "Tuesday: Wed left");
        assertEquals(Optional.of(ReminderKind.D1), due(at(12, 16, 9, 0), dueWed), "the due day itself, not passed");
        assertEquals(Optional.of(ReminderKind.D0), due(at(12, 16, 16, 0), dueWed), "the due instant");
        assertEquals(Optional.of(ReminderKind.D0), due(at(12, 18, 10, 0), dueWed), "two days late");
    }

    @Test
    void weekendsAndHolidaysAreNotCounted() {
        Instant dueMon28 = at(12, 28, 16, 0); // Monday 28 Dec; Fri 25 Dec is Christmas
        assertEquals(Optional.of(ReminderKind.D2), due(at(12, 23, 15, 0), dueMon28), "Wed 23: Thu 24, Mon 28");
        assertEquals(Optional.of(ReminderKind.D1), due(at(12, 24, 9, 0), dueMon28), "Thu 24: only Mon 28 left");
        assertEquals(Optional.of(ReminderKind.D1), due(at(12, 26, 9, 0), dueMon28), "Saturday: Mon 28 is next");
        assertEquals(Optional.empty(), due(at(12, 22, 9, 0), dueMon28), "Tue 22: Wed, Thu, Mon left");
    }

    @Test
    void theOfficeZoneDecidesTheDay() {
        // 23:30 WITA on Monday 14 Dec is still Monday in Kupang although 15:30 UTC
        Instant lateMonday = at(12, 14, 23, 30);
        assertEquals(Optional.of(ReminderKind.D2), due(lateMonday, at(12, 16, 16, 0)));
    }

    @Test
    void trafficLights() {
        Instant now = at(12, 14, 9, 0); // Monday
        Instant soon = DeadlineRules.soonLimit(now, CALENDAR);
        assertEquals(at(12, 17, 0, 0), soon, "the day after Wed 16 Dec, the 2nd working day");
        assertEquals(TrafficLight.OVERDUE, DeadlineRules.light(now, at(12, 14, 8, 0), soon));
        assertEquals(TrafficLight.DUE_SOON, DeadlineRules.light(now, at(12, 16, 16, 0), soon));
        assertEquals(TrafficLight.ON_TIME, DeadlineRules.light(now, at(12, 17, 16, 0), soon));
        Instant beforeChristmas = at(12, 23, 9, 0); // Wednesday: Thu 24, (Fri 25 off), Mon 28
        assertEquals(at(12, 29, 0, 0), DeadlineRules.soonLimit(beforeChristmas, CALENDAR));
    }
}
