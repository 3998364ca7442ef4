package id.go.kpu.eppid.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** HD-11, seed 001 D.5: the 08:00 and 17:00 monitoring moments in office time; a report an hour late is missed. */
class MonitoringSlotTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static Instant at(int h, int m) {
        return DAY.atTime(h, m).atZone(WITA).toInstant();
    }

    @Test
    void aSlotIsDueAtItsMomentAndMissedAnHourLater() {
        assertEquals(MonitoringSlot.State.UPCOMING, MonitoringSlot.AM.state(DAY, WITA, null, at(7, 59)));
        assertEquals(MonitoringSlot.State.DUE, MonitoringSlot.AM.state(DAY, WITA, null, at(8, 0)));
        assertEquals(MonitoringSlot.State.DUE, MonitoringSlot.AM.state(DAY, WITA, null, at(8, 59)));
        assertEquals(MonitoringSlot.State.MISSED, MonitoringSlot.AM.state(DAY, WITA, null, at(9, 0)));
        assertEquals(MonitoringSlot.State.DONE, MonitoringSlot.PM.state(DAY, WITA, at(17, 40), at(20, 0)));
        assertEquals(MonitoringSlot.State.DONE_LATE, MonitoringSlot.PM.state(DAY, WITA, at(18, 1), at(20, 0)));
        assertEquals(at(17, 0), MonitoringSlot.PM.moment(DAY, WITA), "office time, not the server's");
    }
}
