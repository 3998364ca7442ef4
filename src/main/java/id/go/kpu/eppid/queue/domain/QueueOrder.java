package id.go.kpu.eppid.queue.domain;

import java.util.Comparator;

/**
 * The calling order of waiting tickets: the priority class first (elderly, disabled, pregnant), then issue order
 * (the ticket id, which grows with every ticket issued; a transferred ticket keeps its place). The database query
 * that picks the next ticket sorts the same way ({@code priority_class, id}).
 */
public final class QueueOrder {

    /** What the order looks at. */
    public interface Entry {
        TicketPriority priority();

        long issueOrder();
    }

    public static final Comparator<Entry> CALLING_ORDER = Comparator
            .comparingInt((Entry e) -> e.priority().queueClass())
            .thenComparingLong(Entry::issueOrder);

    private QueueOrder() {
    }

    /** Whether {@code a} is called before {@code b}. */
    public static boolean ahead(Entry a, Entry b) {
        return CALLING_ORDER.compare(a, b) < 0;
    }
}
