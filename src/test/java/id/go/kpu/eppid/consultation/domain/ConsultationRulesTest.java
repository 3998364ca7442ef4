package id.go.kpu.eppid.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.consultation.domain.ConsultationRules.Slot;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CON-3, CON-4, ORG-3: which requests get a session, which slots are acceptable, who arranges. */
class ConsultationRulesTest {

    /** KPU Kota Kupang: WITA, 08:00–16:00, Friday until 16:30. */
    static final OfficeCalendar KUPANG = kupang();

    static OfficeCalendar kupang() {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(d, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        week.put(DayOfWeek.FRIDAY, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 30)));
        LocalDate holiday = LocalDate.of(2026, 12, 25);
        return new OfficeCalendar(ZoneId.of("Asia/Makassar"), week,
                Map.of(holiday, new OfficeCalendar.Closure(holiday, DayOffKind.NATIONAL_HOLIDAY, "Hari Raya Natal")));
    }
    /** Wednesday 18 November 2026, 09:00 WITA. */
    static final Instant NOW = LocalDate.of(2026, 11, 18).atTime(9, 0).atZone(KUPANG.zone()).toInstant();
    static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    static StaffAccount staff(String username, Role... roles) {
        return new StaffAccount(username, "h", username, null, null, EnumSet.of(roles[0], roles), Instant.EPOCH);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    private static List<Problem> check(LocalDate date, LocalTime start, LocalTime end) {
        List<Problem> problems = new ArrayList<>();
        ConsultationRules.slot(problems, KUPANG, date, start, end, NOW);
        return problems;
    }

    @Test
    void onlyAnOpenConsultationRequestGetsASession() {
        assertNull(ConsultationRules.requestProblem(RequestKind.CONSULTATION, RequestStatus.DISPOSED));
        assertNull(ConsultationRules.requestProblem(RequestKind.CONSULTATION, RequestStatus.IN_ANALYSIS));
        assertNull(ConsultationRules.requestProblem(RequestKind.CONSULTATION, RequestStatus.CONSULTING_DIVISION));
        assertNull(ConsultationRules.requestProblem(RequestKind.CONSULTATION, RequestStatus.EXTENDED));
        assertEquals("consultation.request.notConsultation",
                ConsultationRules.requestProblem(RequestKind.INFORMATION, RequestStatus.IN_ANALYSIS));
        for (RequestStatus closed : EnumSet.of(RequestStatus.RECEIVED, RequestStatus.INCOMPLETE,
                RequestStatus.DECIDED, RequestStatus.DELIVERED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN)) {
            assertEquals("consultation.request.notOpen",
                    ConsultationRules.requestProblem(RequestKind.CONSULTATION, closed), closed.name());
        }
    }

    @Test
    void aSlotOnAWorkingDayWithinServiceHoursIsTakenInTheOfficeZone() {
        List<Problem> problems = new ArrayList<>();
        Slot slot = ConsultationRules.slot(problems, KUPANG, THURSDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), NOW);
        assertTrue(problems.isEmpty(), problems.toString());
        assertNotNull(slot);
        assertEquals(Instant.parse("2026-11-19T02:00:00Z"), slot.start(), "10:00 WITA is 02:00 UTC");
        assertEquals(Instant.parse("2026-11-19T03:00:00Z"), slot.end());
        assertTrue(check(THURSDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)).isEmpty(), "the whole service day");
        assertTrue(check(LocalDate.of(2026, 11, 20), LocalTime.of(16, 0), LocalTime.of(16, 30)).isEmpty(),
                "Friday closes at 16:30");
    }

    @Test
    void slotsOutsideTheRulesAreRefusedWithTheField() {
        assertEquals(List.of("date:consultation.slot.notWorkingDay"),
                keys(check(LocalDate.of(2026, 11, 21), LocalTime.of(10, 0), LocalTime.of(11, 0))), "Saturday");
        assertEquals(List.of("date:consultation.slot.notWorkingDay"),
                keys(check(LocalDate.of(2026, 12, 25), LocalTime.of(10, 0), LocalTime.of(11, 0))), "a holiday");
        assertEquals(List.of("startTime:consultation.slot.outsideHours"),
                keys(check(THURSDAY, LocalTime.of(7, 30), LocalTime.of(8, 30))), "before opening");
        assertEquals(List.of("startTime:consultation.slot.outsideHours"),
                keys(check(THURSDAY, LocalTime.of(15, 30), LocalTime.of(16, 30))), "after closing (not Friday)");
        assertEquals(List.of("endTime:consultation.slot.endBeforeStart"),
                keys(check(THURSDAY, LocalTime.of(11, 0), LocalTime.of(11, 0))));
        assertEquals(List.of("date:consultation.slot.past"),
                keys(check(LocalDate.of(2026, 11, 18), LocalTime.of(8, 30), LocalTime.of(9, 30))),
                "today, but already begun");
        assertTrue(check(LocalDate.of(2026, 11, 18), LocalTime.of(9, 30), LocalTime.of(10, 0)).isEmpty(),
                "later today is fine (a walk-in applicant is served the same day)");
        assertEquals(List.of("date:validation.required", "startTime:validation.required",
                "endTime:validation.required"), keys(check(null, null, null)));
        List<Problem> problems = new ArrayList<>();
        assertNull(ConsultationRules.slot(problems, KUPANG, THURSDAY, LocalTime.of(7, 0), LocalTime.of(8, 0), NOW));
        assertEquals("08:00", problems.get(0).args()[0], "the message names the hours");
        assertEquals("16:00", problems.get(0).args()[1]);
    }

    @Test
    void overlappingSlotsClashButTouchingOnesDoNot() {
        Instant t10 = Instant.parse("2026-11-19T02:00:00Z");
        Instant t11 = t10.plusSeconds(3600);
        Instant t12 = t11.plusSeconds(3600);
        assertTrue(ConsultationRules.overlaps(t10, t12, t11, t12));
        assertTrue(ConsultationRules.overlaps(t10, t11, t10, t11));
        assertTrue(ConsultationRules.overlaps(t10, t12, t10.plusSeconds(600), t11), "contained");
        assertFalse(ConsultationRules.overlaps(t10, t11, t11, t12), "10–11 then 11–12");
    }

    @Test
    void atLeastTwoOfficersAndWhoArranges() {
        assertFalse(ConsultationRules.enoughOfficers(0), "CON-4: the official alone is not enough");
        assertTrue(ConsultationRules.enoughOfficers(1));
        StaffAccount kasubag = staff("kasubag", Role.SUBDIVISION_HEAD);
        StaffAccount kabag = staff("kabag", Role.DIVISION_HEAD);
        assertTrue(ConsultationRules.mayArrange(kasubag, kasubag), "the assigned official (ORG-3)");
        assertFalse(ConsultationRules.mayArrange(kabag, kasubag), "an official not assigned");
        assertFalse(ConsultationRules.mayArrange(kabag, null));
        assertTrue(ConsultationRules.mayArrange(staff("ketua", Role.CHAIR), kasubag));
        assertTrue(ConsultationRules.mayArrange(staff("sekretaris", Role.SECRETARY), kasubag));
        assertTrue(ConsultationRules.mayArrange(staff("fo", Role.FRONT_OFFICE), kasubag), "CON-3: the front office");
        assertTrue(ConsultationRules.mayArrange(staff("ppid", Role.PPID_OPERATOR), null));
        assertFalse(ConsultationRules.mayArrange(staff("anggota", Role.COMMISSIONER), kasubag),
                "the Commissioner is consulted, the desk arranges");
    }
}
