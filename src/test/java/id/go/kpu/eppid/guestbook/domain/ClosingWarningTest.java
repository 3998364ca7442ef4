package id.go.kpu.eppid.guestbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** CON-5: visits still open around closing time are flagged to the desk. */
class ClosingWarningTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalTime CLOSES = LocalTime.of(16, 0);

    private static ZonedDateTime at(int h, int m) {
        return ZonedDateTime.of(2026, 11, 23, h, m, 0, 0, WITA);
    }

    @Test
    void noWarningEarlierThanHalfAnHourBeforeClosing() {
        assertNull(ClosingWarning.at(at(15, 29), CLOSES, 3));
    }

    @Test
    void warnsFromHalfAnHourBeforeClosingAndSaysWhenClosingHasPassed() {
        ClosingWarning before = ClosingWarning.at(at(15, 30), CLOSES, 2);
        assertEquals(2, before.openVisits());
        assertFalse(before.afterClosing());
        assertTrue(ClosingWarning.at(at(16, 0), CLOSES, 1).afterClosing());
        assertTrue(ClosingWarning.at(at(21, 5), CLOSES, 1).afterClosing());
    }

    @Test
    void noWarningWhenNobodyIsInside() {
        assertNull(ClosingWarning.at(at(16, 30), CLOSES, 0));
    }
}
