package id.go.kpu.eppid.objection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LAW-3: when the reason for an objection arises, and the 14 working days to the Information Commission. */
class ObjectionWindowTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static OfficeCalendar calendar(LocalDate... holidays) {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(d, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        Map<LocalDate, OfficeCalendar.Closure> off = new java.util.HashMap<>();
        for (LocalDate h : holidays) {
            off.put(h, new OfficeCalendar.Closure(h, DayOffKind.NATIONAL_HOLIDAY, "Libur (uji)"));
        }
        return new OfficeCalendar(WITA, week, off);
    }

    @Test
    void theNoticeStartsTheWindowEvenAfterTheDueDate() {
        Instant due = Instant.parse("2026-11-10T08:00:00Z");
        Instant notice = Instant.parse("2026-11-12T03:00:00Z");
        var reason = ObjectionWindow.reason(notice, due, Instant.parse("2026-11-20T00:00:00Z")).orElseThrow();
        assertEquals(notice, reason.at());
        assertEquals(ObjectionWindow.Reason.NOTICE, reason.reason());
    }

    @Test
    void withoutANoticeTheReasonArisesWhenTheDeadlinePasses() {
        Instant due = Instant.parse("2026-11-10T08:00:00Z");
        assertTrue(ObjectionWindow.reason(null, due, Instant.parse("2026-11-10T07:59:59Z")).isEmpty(),
                "nothing to object to while the request is within its deadline");
        var reason = ObjectionWindow.reason(null, due, Instant.parse("2026-11-10T08:00:01Z")).orElseThrow();
        assertEquals(due, reason.at());
        assertEquals(ObjectionWindow.Reason.NO_ANSWER, reason.reason());
    }

    @Test
    void theWindowIsOpenUntilItsLastInstant() {
        Instant closes = Instant.parse("2026-12-23T08:00:00Z");
        ObjectionWindow w = new ObjectionWindow(Instant.parse("2026-11-10T08:00:00Z"),
                ObjectionWindow.Reason.NOTICE, closes);
        assertTrue(w.openAt(closes));
        assertFalse(w.openAt(closes.plusSeconds(1)));
    }

    @Test
    void theCommissionDeadlineIsFourteenWorkingDaysAfterTheAnswer() {
        // answered Friday 4 December 2026 (WITA): working days 7–11 (5), 14–18 (10), 21–24 (14) → Thursday 24 December
        Instant answered = Instant.parse("2026-12-04T02:00:00Z");
        assertEquals(LocalDate.of(2026, 12, 24), ObjectionWindow.commissionDeadline(calendar(), answered));
        // with 21, 24 and 25 December off: 22 (11), 23 (12), 28 (13), 29 (14) → Tuesday 29 December
        assertEquals(LocalDate.of(2026, 12, 29), ObjectionWindow.commissionDeadline(
                calendar(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)),
                answered));
    }

    @Test
    void groundsAreStoredByTheirLettersInArticleOrder() {
        var grounds = EnumSet.of(ObjectionGround.ANSWERED_LATE, ObjectionGround.REFUSED_UNDER_ARTICLE_17);
        assertEquals("a,g", ObjectionGround.encode(grounds));
        assertEquals(grounds, ObjectionGround.decode("g, a"));
        assertEquals(EnumSet.noneOf(ObjectionGround.class), ObjectionGround.decode("x"));
    }
}
