package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.queue.domain.QueueRuleException;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.shared.persistence.TransactionRetry;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.ZoneId;

/**
 * Issues queue tickets (number per office, service and office-local day, without gaps or duplicates) and links a
 * ticket to the guest-book entry or the request it led to. The office is always the signed-in staff member's.
 */
@ApplicationScoped
public class TicketDispenser {

    @Inject
    private QueueTransactions tx;
    @Inject
    private TransactionRetry retry;
    @Inject
    private OfficeDirectory offices;
    @Inject
    private CurrentStaff currentStaff;

    private static final String SYSTEM = "system";

    public IssuedTicket issue(long officeId, String actor, QueueService service, TicketPriority priority) {
        if (service == null) {
            throw new QueueRuleException("queue.error.serviceRequired");
        }
        ZoneId zone = zone(offices, officeId);
        TicketPriority p = priority == null ? TicketPriority.NONE : priority;
        return retry.run(() -> tx.issue(officeId, zone, actor, service, p));
    }

    /** {@link #linkGuestEntry(long, String, long, long)} by the signed-in staff member (or "system"). */
    public TicketView linkGuestEntry(long officeId, long ticketId, long guestEntryId) {
        return linkGuestEntry(officeId, actor(), ticketId, guestEntryId);
    }

    /** {@link #linkRequest(long, String, long, long)} by the signed-in staff member (or "system"). */
    public TicketView linkRequest(long officeId, long ticketId, long requestId) {
        return linkRequest(officeId, actor(), ticketId, requestId);
    }

    private String actor() {
        try {
            return currentStaff.find().map(s -> s.getUsername()).orElse(SYSTEM);
        } catch (ContextNotActiveException e) {
            return SYSTEM;
        }
    }

    /** Links the ticket to a guest-book entry; the ticket must be the office's. */
    public TicketView linkGuestEntry(long officeId, String actor, long ticketId, long guestEntryId) {
        return retry.run(() -> tx.linkGuestEntry(officeId, actor, ticketId, guestEntryId));
    }

    /** Links the ticket to a request; ticket and request must both be the office's. */
    public TicketView linkRequest(long officeId, String actor, long ticketId, long requestId) {
        return retry.run(() -> tx.linkRequest(officeId, actor, ticketId, requestId));
    }

    static ZoneId zone(OfficeDirectory offices, long officeId) {
        return offices.findById(officeId).map(o -> o.getZone())
                .orElseThrow(() -> new QueueRuleException.NotFound("queue.error.deskNotFound"));
    }
}
