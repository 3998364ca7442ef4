package id.go.kpu.eppid.queue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueueDurationsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:15:00Z");

    @Test
    void formatsMinutesAndSecondsThenHours() {
        assertEquals("0:00", QueueDurations.format(Duration.ZERO));
        assertEquals("0:07", QueueDurations.format(Duration.ofSeconds(7)));
        assertEquals("12:05", QueueDurations.format(Duration.ofSeconds(12 * 60 + 5)));
        assertEquals("59:59", QueueDurations.format(Duration.ofSeconds(3599)));
        assertEquals("1:02:05", QueueDurations.format(Duration.ofSeconds(3600 + 125)));
        assertEquals("", QueueDurations.format(null));
    }

    @Test
    void betweenIsNullUntilBothAreKnownAndNeverNegative() {
        assertNull(QueueDurations.between(T0, null));
        assertNull(QueueDurations.between(null, T0));
        assertEquals(Duration.ofSeconds(90), QueueDurations.between(T0, T0.plusSeconds(90)));
        assertEquals(Duration.ZERO, QueueDurations.between(T0, T0.minusSeconds(5)));
    }

    @Test
    void waitingIsFirstCallMinusIssueAndServiceIsEndMinusStart() {
        QueueTicket t = new QueueTicket(1, new TicketNumber(QueueService.INFORMATION, 1), TicketPriority.NONE,
                LocalDate.of(2026, 11, 23), T0, "fo.kupang");
        assertNull(t.waitingDuration());
        t.call(7, T0.plusSeconds(125), 1);
        t.transfer(QueueService.CONSULTATION);
        t.call(8, T0.plusSeconds(600), 2);
        assertEquals(Duration.ofSeconds(125), t.waitingDuration(), "waiting ends at the first call");
        t.recall(T0.plusSeconds(660), 3);
        t.startService(T0.plusSeconds(700), "fo.kupang");
        assertNull(t.serviceDuration());
        t.finishService(T0.plusSeconds(700 + 1805));
        assertEquals(Duration.ofSeconds(1805), t.serviceDuration());
        assertEquals(3, t.getCallCount());
        assertEquals(T0.plusSeconds(660), t.getLastCalledAt());
    }
}
