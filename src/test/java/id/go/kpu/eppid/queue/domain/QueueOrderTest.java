package id.go.kpu.eppid.queue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    private record T(String name, TicketPriority priority, long issueOrder) implements QueueOrder.Entry {
    }

    @Test
    void priorityClassFirstThenIssueOrder() {
        List<T> tickets = new ArrayList<>(List.of(
                new T("A-001", TicketPriority.NONE, 1),
                new T("A-002", TicketPriority.NONE, 2),
                new T("A-003", TicketPriority.PREGNANT, 3),
                new T("A-004", TicketPriority.NONE, 4),
                new T("A-005", TicketPriority.ELDERLY, 5),
                new T("A-006", TicketPriority.DISABLED, 6)));
        tickets.sort(QueueOrder.CALLING_ORDER);
        assertEquals(List.of("A-003", "A-005", "A-006", "A-001", "A-002", "A-004"),
                tickets.stream().map(T::name).toList());
    }

    @Test
    void thePriorityKindsAreOneClassServedFirstComeFirstServed() {
        assertTrue(QueueOrder.ahead(new T("x", TicketPriority.DISABLED, 1), new T("y", TicketPriority.ELDERLY, 2)));
        assertFalse(QueueOrder.ahead(new T("x", TicketPriority.ELDERLY, 2), new T("y", TicketPriority.DISABLED, 1)));
        assertTrue(QueueOrder.ahead(new T("x", TicketPriority.PREGNANT, 9), new T("y", TicketPriority.NONE, 1)));
        assertFalse(QueueOrder.ahead(new T("x", TicketPriority.NONE, 1), new T("x", TicketPriority.NONE, 1)));
    }
}
