package id.go.kpu.eppid.deadline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The due-date calculator over dated cases (REQ-8, CON-4, LAW-1, LAW-3): after-hours receipt, weekends, the Christmas
 * and New Year run of days off, office time zones, pauses, an extension, an hour clock crossing closing time, the
 * objection window — and properties that hold for any receipt.
 */
class DeadlineCalculatorTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** Mon–Thu 08:00–16:00, Fri 08:00–16:30; days off around the 2026/27 year end (as the joint decree sets). */
    static OfficeCalendar calendar(ZoneId zone) {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(d, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        week.put(DayOfWeek.FRIDAY, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 30)));
        Map<LocalDate, OfficeCalendar.Closure> off = new HashMap<>();
        off.put(LocalDate.of(2026, 12, 24), new OfficeCalendar.Closure(LocalDate.of(2026, 12, 24),
                DayOffKind.COLLECTIVE_LEAVE, "Cuti bersama Hari Raya Natal"));
        off.put(LocalDate.of(2026, 12, 25), new OfficeCalendar.Closure(LocalDate.of(2026, 12, 25),
                DayOffKind.NATIONAL_HOLIDAY, "Hari Raya Natal"));
        off.put(LocalDate.of(2026, 12, 26), new OfficeCalendar.Closure(LocalDate.of(2026, 12, 26),
                DayOffKind.COLLECTIVE_LEAVE, "Cuti bersama (Sabtu)"));
        off.put(LocalDate.of(2027, 1, 1), new OfficeCalendar.Closure(LocalDate.of(2027, 1, 1),
                DayOffKind.NATIONAL_HOLIDAY, "Tahun Baru 2027 Masehi"));
        return new OfficeCalendar(zone, week, off);
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Deadline days(OfficeCalendar cal, String received, int n, List<Pause> pauses, int extension) {
        return DeadlineCalculator.compute(cal, new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, n,
                at(cal.zone(), received), pauses, extension), Instant.parse("2030-01-01T00:00:00Z"));
    }

    static LocalDateTime local(OfficeCalendar cal, Instant i) {
        return DeadlineCalculator.local(cal, i);
    }

    @ParameterizedTest(name = "{0}: received {1} {2}, {3} working days → {4}")
    @CsvSource({
        // the example: Mon 21 Dec 10:00, with 24, 25 Dec and 1 Jan off → Thu 7 Jan 2027 at closing
        "issue example,      Asia/Makassar, 2026-12-21T10:00, 10, 2027-01-07T16:00",
        // received Fri after hours: the clock starts Mon 08:00 (day 0 = Mon 21 Dec)
        "after hours Friday, Asia/Makassar, 2026-12-18T16:40, 10, 2027-01-07T16:00",
        // received on Saturday: the clock starts Monday
        "weekend,            Asia/Jakarta,  2026-12-19T09:00, 10, 2027-01-07T16:00",
        // received on a holiday (Christmas): the clock starts Mon 28 Dec
        "on a holiday,       Asia/Jayapura, 2026-12-25T09:00, 1,  2026-12-29T16:00",
        // before opening: day 0 is that day
        "before opening,     Asia/Jakarta,  2026-12-07T06:30, 1,  2026-12-08T16:00",
        // due on a Friday closes at Friday's own hour
        "Friday closing,     Asia/Jakarta,  2026-12-03T10:00, 1,  2026-12-04T16:30",
        // LAW-3: objection window of 30 working days
        "objection window,   Asia/Makassar, 2026-11-02T09:00, 30, 2026-12-14T16:00",
    })
    void dayClock(String name, String zone, String received, int n, String expected) {
        OfficeCalendar cal = calendar(ZoneId.of(zone));
        Deadline d = days(cal, received, n, List.of(), 0);
        assertEquals(LocalDateTime.parse(expected), local(cal, d.dueAt()), name + ": " + d.trace());
    }

    @Test
    void theExplanationNamesTheStartTheSkippedDaysAndTheDueDay() {
        Deadline d = days(calendar(WITA), "2026-12-18T16:40", 10, List.of(), 0);
        List<String> keys = d.trace().stream().map(TraceStep::key).toList();
        assertEquals("deadline.trace.received", keys.get(0));
        assertTrue(keys.contains("deadline.trace.afterHours"), keys.toString());
        assertTrue(d.trace().stream().anyMatch(t -> t.key().equals("deadline.trace.skipped")
                && t.args().contains("s:Hari Raya Natal")), d.trace().toString());
        assertTrue(d.trace().stream().anyMatch(t -> t.args().contains("s:Tahun Baru 2027 Masehi")));
        assertEquals("deadline.trace.dueDay", keys.get(keys.size() - 1));
        assertEquals(LocalDateTime.parse("2026-12-21T08:00"), local(calendar(WITA), d.clockStart()));
    }

    @Test
    void theSameReceiptInAnotherZoneIsAnotherLocalDay() {
        // 23:30 WIB on Mon 7 Dec is 01:30 WIT on Tue 8 Dec: after hours in Jakarta, before opening in Jayapura
        Instant received = at(WIB, "2026-12-07T23:30");
        OfficeCalendar jakarta = calendar(WIB);
        OfficeCalendar jayapura = calendar(WIT);
        Deadline j = DeadlineCalculator.compute(jakarta, new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, 1,
                received, List.of(), 0), received);
        Deadline p = DeadlineCalculator.compute(jayapura, new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, 1,
                received, List.of(), 0), received);
        assertEquals(LocalDateTime.parse("2026-12-09T16:00"), local(jakarta, j.dueAt()), "starts Tue 8 Dec 08:00 WIB");
        assertEquals(LocalDateTime.parse("2026-12-09T16:00"), local(jayapura, p.dueAt()), "day 0 = Tue 8 Dec in WIT");
        assertFalse(j.dueAt().equals(p.dueAt()), "same local closing, different instants");
    }

    @Test
    void aPauseAddsTheWorkingDaysTheApplicantTookAndAnExtensionItsDays() {
        OfficeCalendar cal = calendar(WIB);
        // received Mon 7 Dec; paused Wed 9 Dec, completed Mon 14 Dec: Thu, Fri, Mon = 3 working days
        Pause pause = new Pause(at(WIB, "2026-12-09T10:00"), at(WIB, "2026-12-14T09:00"));
        Deadline plain = days(cal, "2026-12-07T09:00", 10, List.of(), 0);
        Deadline paused = days(cal, "2026-12-07T09:00", 10, List.of(pause), 0);
        assertEquals(LocalDateTime.parse("2026-12-21T16:00"), local(cal, plain.dueAt()));
        assertEquals(LocalDateTime.parse("2026-12-28T16:00"), local(cal, paused.dueAt()), "+3, skipping 24–25 Dec");
        // LAW-1: extended by 7 working days
        Deadline extended = days(cal, "2026-12-07T09:00", 10, List.of(), 7);
        assertEquals(LocalDateTime.parse("2027-01-04T16:00"), local(cal, extended.dueAt()),
                "22, 23, 28, 29, 30, 31 Dec, 4 Jan");
        assertTrue(extended.trace().stream().anyMatch(t -> t.key().equals("deadline.trace.extended")));
    }

    @Test
    void aRunningPauseCountsUpToNowAndSaysSo() {
        OfficeCalendar cal = calendar(WIB);
        Deadline d = DeadlineCalculator.compute(cal, new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, 10,
                at(WIB, "2026-12-07T09:00"), List.of(new Pause(at(WIB, "2026-12-09T10:00"), null)), 0),
                at(WIB, "2026-12-10T11:00"));
        assertTrue(d.paused());
        assertEquals(LocalDateTime.parse("2026-12-22T16:00"), local(cal, d.dueAt()), "+1 so far (Thu 10 Dec)");
        assertTrue(d.trace().stream().anyMatch(t -> t.key().equals("deadline.trace.pausedSince")));
    }

    @ParameterizedTest(name = "{0}: {1} + {2} service hours → {3}")
    @CsvSource({
        // the example: 1 service hour from 15:30, closing 16:00 → 08:30 the next working day
        "crosses closing,     2026-12-07T15:30, 1, 2026-12-08T08:30",
        "within the day,      2026-12-07T09:15, 1, 2026-12-07T10:15",
        // Wed 23 Dec 15:30: the next working day is Mon 28 Dec (24, 25 off, weekend)
        "crosses a holiday,   2026-12-23T15:30, 1, 2026-12-28T08:30",
        "received after hours, 2026-12-07T18:00, 1, 2026-12-08T09:00",
        "Friday closes later, 2026-12-04T16:00, 1, 2026-12-07T08:30",
    })
    void hourClock(String name, String received, int hours, String expected) {
        OfficeCalendar cal = calendar(WITA);
        Deadline d = DeadlineCalculator.compute(cal, new DeadlineCalculator.Input(RegimeClock.SERVICE_HOURS, hours,
                at(WITA, received), List.of(), 0), Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(LocalDateTime.parse(expected), local(cal, d.dueAt()), name + ": " + d.trace());
    }

    @Test
    void anHourClockPauseAddsTheServiceTimeInsideIt() {
        OfficeCalendar cal = calendar(WITA);
        // 1 hour from Mon 09:00, paused 09:30–15:30 (6 service hours): 09:00 + 1 h + 6 h = 16:00
        Deadline d = DeadlineCalculator.compute(cal, new DeadlineCalculator.Input(RegimeClock.SERVICE_HOURS, 1,
                at(WITA, "2026-12-07T09:00"), List.of(new Pause(at(WITA, "2026-12-07T09:30"),
                        at(WITA, "2026-12-07T15:30"))), 0), Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(LocalDateTime.parse("2026-12-07T16:00"), local(cal, d.dueAt()));
    }

    /** Properties over many receipts: the due date is a working day, within service hours, never before the start. */
    @Test
    void dueIsAlwaysAWorkingDayWithinHoursAndNeverBeforeTheStart() {
        Random random = new Random(20261222L);
        for (ZoneId zone : List.of(WIB, WITA, WIT)) {
            OfficeCalendar cal = calendar(zone);
            for (int i = 0; i < 2000; i++) {
                Instant received = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(random.nextInt(90 * 24 * 3600));
                RegimeClock clock = random.nextBoolean() ? RegimeClock.WORKING_DAYS : RegimeClock.SERVICE_HOURS;
                int n = 1 + random.nextInt(clock == RegimeClock.WORKING_DAYS ? 30 : 12);
                Deadline d = DeadlineCalculator.compute(cal, new DeadlineCalculator.Input(clock, n, received,
                        List.of(), 0), received);
                LocalDateTime due = local(cal, d.dueAt());
                OfficeCalendar.Hours h = cal.hours(due.toLocalDate()).orElse(null);
                String c = clock + " " + n + " from " + local(cal, received) + " → " + due;
                assertTrue(h != null, "a working day: " + c);
                assertTrue(!due.toLocalTime().isBefore(h.opens()) && !due.toLocalTime().isAfter(h.closes()),
                        "within hours: " + c);
                assertTrue(d.dueAt().isAfter(received) && !d.dueAt().isBefore(d.clockStart()), "after start: " + c);
            }
        }
    }
}
