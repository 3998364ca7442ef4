package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import java.time.Instant;

/**
 * A ticket just issued, with what seed 002 says to tell the visitor: go straight to {@code directDesk} when nobody
 * waits for the service and a desk for it is free, otherwise wait with {@code ahead} people before you.
 */
public record IssuedTicket(long id, String number, QueueService service, TicketPriority priority, Instant issuedAt,
        String officeName, String officeCode, String timeZone, int ahead, String directDesk) {

    /** Whether the visitor goes straight to a desk. */
    public boolean direct() {
        return directDesk != null;
    }
}
