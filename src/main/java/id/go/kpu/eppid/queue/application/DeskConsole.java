package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.shared.persistence.TransactionRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * What an officer does at a service desk: take or leave the desk, call the next ticket, call it again, mark it absent,
 * start and finish the service, or send the ticket to another service. Each step acts on the ticket the desk has
 * called or serves; when the caller names a ticket ({@code ticketId}), it must be that one. Refused steps throw
 * {@link id.go.kpu.eppid.queue.domain.QueueRuleException}.
 */
@ApplicationScoped
public class DeskConsole {

    @Inject
    private QueueTransactions tx;
    @Inject
    private TransactionRetry retry;
    @Inject
    private OfficeDirectory offices;

    public DeskView open(long officeId, String actor, long deskId) {
        return run(officeId, zone -> tx.openDesk(officeId, zone, actor, deskId));
    }

    public DeskView close(long officeId, String actor, long deskId) {
        return run(officeId, zone -> tx.closeDesk(officeId, zone, actor, deskId));
    }

    public TicketView callNext(long officeId, String actor, long deskId) {
        return run(officeId, zone -> tx.callNext(officeId, zone, actor, deskId));
    }

    public TicketView recall(long officeId, String actor, long deskId, Long ticketId) {
        return run(officeId, zone -> tx.recall(officeId, zone, actor, deskId, ticketId));
    }

    public TicketView noShow(long officeId, String actor, long deskId, Long ticketId) {
        return run(officeId, zone -> tx.noShow(officeId, zone, actor, deskId, ticketId));
    }

    public TicketView start(long officeId, String actor, long deskId, Long ticketId) {
        return run(officeId, zone -> tx.start(officeId, zone, actor, deskId, ticketId));
    }

    public TicketView finish(long officeId, String actor, long deskId, Long ticketId) {
        return run(officeId, zone -> tx.finish(officeId, zone, actor, deskId, ticketId));
    }

    public TicketView transfer(long officeId, String actor, long deskId, Long ticketId, QueueService to) {
        return run(officeId, zone -> tx.transfer(officeId, zone, actor, deskId, ticketId, to));
    }

    private <T> T run(long officeId, Function<ZoneId, T> work) {
        ZoneId zone = TicketDispenser.zone(offices, officeId);
        return retry.run(() -> work.apply(zone));
    }
}
