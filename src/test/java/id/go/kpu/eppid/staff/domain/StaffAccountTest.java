package id.go.kpu.eppid.staff.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    @Test
    void locksAfterRepeatedFailuresAndUnlocksAfterTheLockTime() {
        StaffAccount account = new StaffAccount("fo.kupang", "hash", "Demo", null, null,
                EnumSet.of(Role.FRONT_OFFICE), Instant.EPOCH);
        Instant now = Instant.parse("2026-11-23T02:00:00Z");
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
            assertFalse(account.isLocked(now), "not locked after " + (i + 1) + " failures");
        }
        account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        assertTrue(account.isLocked(now));
        assertTrue(account.isLocked(now.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(now.plus(Duration.ofMinutes(15))));
        account.recordSuccessfulLogin(now.plus(Duration.ofMinutes(16)));
        assertFalse(account.isLocked(now.plus(Duration.ofMinutes(16))));
    }

    @Test
    void rolesDecideWhatOneMaySee() {
        StaffAccount desk = new StaffAccount("pamdal", "h", "D", null, null, EnumSet.of(Role.SECURITY_DESK), Instant.EPOCH);
        StaffAccount fo = new StaffAccount("fo", "h", "F", null, null, EnumSet.of(Role.FRONT_OFFICE), Instant.EPOCH);
        StaffAccount commissioner = new StaffAccount("a", "h", "A", null, null, EnumSet.of(Role.COMMISSIONER), Instant.EPOCH);
        assertFalse(desk.hasAnyRole(Role.REQUEST_WORKERS));
        assertTrue(fo.hasAnyRole(Role.ID_SCAN_READERS));
        assertTrue(commissioner.hasAnyRole(Role.REQUEST_WORKERS));
        assertFalse(commissioner.hasAnyRole(Role.ID_SCAN_READERS));
    }
}
