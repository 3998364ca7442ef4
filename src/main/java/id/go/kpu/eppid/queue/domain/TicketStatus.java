package id.go.kpu.eppid.queue.domain;

/**
 * Where a ticket is: waiting, called to a desk, being served, done, or called but not present. A transferred
 * ticket is waiting again, in its new service.
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW;

    /** Called or being served: the ticket occupies its desk. */
    public boolean atDesk() {
        return this == CALLED || this == SERVING;
    }
}
