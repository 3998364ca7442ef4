package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.queue.domain.QueueTicket;
import id.go.kpu.eppid.request.application.IntakeOrigin;
import id.go.kpu.eppid.request.application.RequestRegistered;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * A queue ticket follows its visit (HD-5, REQ-3): when the front office registers a request from a guest-book
 * visit, the visit's tickets that have no request yet are linked to it, in the registering transaction.
 */
@ApplicationScoped
public class TicketRequestLink {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    void onRequestRegistered(@Observes RequestRegistered registered) {
        IntakeOrigin origin = registered.origin();
        if (origin == null || origin.type() != IntakeOrigin.Type.GUEST_ENTRY) {
            return;
        }
        for (QueueTicket ticket : em.createQuery("select t from QueueTicket t where t.officeId = :o "
                        + "and t.guestEntryId = :g and t.requestId is null", QueueTicket.class)
                .setParameter("o", registered.officeId()).setParameter("g", origin.id()).getResultList()) {
            ticket.linkRequest(registered.requestId());
            audit.record(registered.officeId(), clock.instant(), registered.actor(), QueueTransactions.SUBJECT,
                    ticket.getId(), "REQUEST_LINKED", ticket.getNumber() + " request " + registered.requestId());
        }
    }
}
