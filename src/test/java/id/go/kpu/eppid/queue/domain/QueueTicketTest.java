package id.go.kpu.eppid.queue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The steps of a ticket and the refusals the console shows. */
class QueueTicketTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:15:00Z");

    private static QueueTicket ticket() {
        return new QueueTicket(1, new TicketNumber(QueueService.INFORMATION, 3), TicketPriority.ELDERLY,
                LocalDate.of(2026, 11, 23), T0, "pamdal.kupang");
    }

    private static void refused(String key, Runnable step) {
        assertEquals(key, assertThrows(QueueRuleException.class, step::run).key());
    }

    @Test
    void illegalStepsAreRefusedWithTheirReason() {
        QueueTicket t = ticket();
        refused("queue.error.finishNotServing", () -> t.finishService(T0));
        refused("queue.error.startNotCalled", () -> t.startService(T0, "fo"));
        refused("queue.error.recallNotCalled", () -> t.recall(T0, 1));
        refused("queue.error.noShowNotCalled", () -> t.noShow(T0));
        refused("queue.error.transferNotAtDesk", () -> t.transfer(QueueService.CONSULTATION));
        t.call(5, T0.plusSeconds(10), 1);
        refused("queue.error.notWaiting", () -> t.call(6, T0, 2));
        refused("queue.error.transferSameService", () -> t.transfer(QueueService.INFORMATION));
        refused("queue.error.finishNotServing", () -> t.finishService(T0));
        t.startService(T0.plusSeconds(20), "fo");
        refused("queue.error.recallNotCalled", () -> t.recall(T0, 3));
        refused("queue.error.noShowNotCalled", () -> t.noShow(T0));
        t.finishService(T0.plusSeconds(30));
        assertEquals(TicketStatus.DONE, t.getStatus());
    }

    @Test
    void transferKeepsNumberAndWaitsInTheNewService() {
        QueueTicket t = ticket();
        t.call(5, T0.plusSeconds(10), 1);
        t.startService(T0.plusSeconds(20), "fo");
        t.transfer(QueueService.SIPOL_HELPDESK);
        assertEquals(TicketStatus.WAITING, t.getStatus());
        assertEquals("A-003", t.getNumber());
        assertEquals(QueueService.INFORMATION, t.getService());
        assertEquals(QueueService.SIPOL_HELPDESK, t.getCurrentService());
        assertNull(t.getDeskId());
        assertNull(t.getServiceStartedAt());
        assertEquals(T0.plusSeconds(10), t.getFirstCalledAt());
        assertEquals(1, t.getTransferCount());
    }

    @Test
    void noShowEndsTheTicket() {
        QueueTicket t = ticket();
        t.call(5, T0.plusSeconds(10), 1);
        t.noShow(T0.plusSeconds(70));
        assertEquals(TicketStatus.NO_SHOW, t.getStatus());
        refused("queue.error.startNotCalled", () -> t.startService(T0, "fo"));
    }
}
