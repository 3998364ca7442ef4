package id.go.kpu.eppid.queue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void serviceLetterAndAtLeastThreeDigits() {
        assertEquals("A-001", new TicketNumber(QueueService.INFORMATION, 1).value());
        assertEquals("B-042", new TicketNumber(QueueService.CONSULTATION, 42).value());
        assertEquals("C-999", new TicketNumber(QueueService.SIPOL_HELPDESK, 999).value());
        assertEquals("C-1000", new TicketNumber(QueueService.SIPOL_HELPDESK, 1000).toString());
    }

    @Test
    void eachServiceHasItsOwnSeries() {
        assertEquals("QUEUE-A", QueueService.INFORMATION.series());
        assertEquals("QUEUE-B", QueueService.CONSULTATION.series());
        assertEquals("QUEUE-C", QueueService.SIPOL_HELPDESK.series());
    }

    @Test
    void sequenceStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(QueueService.INFORMATION, 0));
    }
}
