package id.go.kpu.eppid.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** HD-2, seed 001 C.b.1: officers sign in 10 minutes before the helpdesk opens; late and absent are told apart. */
class HelpdeskDutyTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(WIB).toInstant();
    }

    private static HelpdeskDuty duty() {
        return new HelpdeskDuty(1, DAY, new HelpdeskTeamMember(1, HelpdeskPosition.MEMBER, "Ririn Anggiyah", null,
                "hd-petugas.mesuji", 6), "Meja 3", false);
    }

    @Test
    void signingInByTenMinutesBeforeOpeningIsOnTimeAfterItLate() {
        HelpdeskDuty onTime = duty();
        onTime.signIn(at(7, 50), "x");
        assertEquals(HelpdeskDuty.Attendance.ON_TIME, onTime.attendance(OPENS, CLOSES, WIB, at(9, 0)));
        HelpdeskDuty late = duty();
        late.signIn(at(7, 51), "x");
        assertEquals(HelpdeskDuty.Attendance.LATE, late.attendance(OPENS, CLOSES, WIB, at(9, 0)));
        late.signIn(at(7, 0), "x");
        assertEquals(HelpdeskDuty.Attendance.LATE, late.attendance(OPENS, CLOSES, WIB, at(9, 0)), "signed once");
    }

    @Test
    void withoutSignInItIsExpectedThenMissingThenAbsentAfterClosing() {
        HelpdeskDuty d = duty();
        assertEquals(HelpdeskDuty.Attendance.EXPECTED, d.attendance(OPENS, CLOSES, WIB, at(7, 49)));
        assertEquals(HelpdeskDuty.Attendance.NOT_SIGNED_IN, d.attendance(OPENS, CLOSES, WIB, at(7, 51)));
        assertEquals(HelpdeskDuty.Attendance.NOT_SIGNED_IN, d.attendance(OPENS, CLOSES, WIB, at(16, 59)));
        assertEquals(HelpdeskDuty.Attendance.ABSENT, d.attendance(OPENS, CLOSES, WIB, at(17, 0)));
    }
}
