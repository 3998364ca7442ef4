package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.queue.domain.QueueRuleException;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.QueueTicket;
import id.go.kpu.eppid.queue.domain.ServiceDesk;
import id.go.kpu.eppid.queue.domain.TicketNumber;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.queue.domain.TicketStatus;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The queue's writes, each in its own transaction that first takes the office's queue lock for the office-local day
 * (counter series {@code QUEUE}): issuing, calling and every desk step of one office are serialised, so two desks
 * never call the same ticket and a new ticket sees the queue as it is. The lock is the first statement of every
 * transaction, so the reads after it see everything committed before. Called through {@link TicketDispenser} and
 * {@link DeskConsole}, which start again after a deadlock.
 */
@ApplicationScoped
public class QueueTransactions {

    static final String LOCK_SERIES = "QUEUE";
    static final String SUBJECT = "QUEUE_TICKET";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<TicketStatus> AT_DESK = Set.of(TicketStatus.CALLED, TicketStatus.SERVING);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficeCounters counters;

    @Inject
    private AuditTrail audit;

    @Inject
    private QueueBoard board;

    private final Clock clock = Clock.systemUTC();

    /** The office's day in its zone and the instant of now (whole seconds: what the database keeps). */
    record Now(Instant at, LocalDate day) {
        static Now of(Clock clock, ZoneId zone) {
            Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            return new Now(at, at.atZone(zone).toLocalDate());
        }

        String period() {
            return PERIOD.format(day);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public IssuedTicket issue(long officeId, ZoneId zone, String actor, QueueService service,
            TicketPriority priority) {
        Now now = Now.of(clock, zone);
        counters.lock(officeId, LOCK_SERIES, now.period());
        int sequence = counters.next(officeId, service.series(), now.period());
        QueueTicket ticket = new QueueTicket(officeId, new TicketNumber(service, sequence), priority, now.day(),
                now.at(), actor);
        em.persist(ticket);
        em.flush();
        QueueBoard.Advice advice = board.advice(officeId, ticket.getId()).orElseThrow();
        audit.record(officeId, now.at(), actor, SUBJECT, ticket.getId(), "TICKET_ISSUED",
                ticket.getNumber() + " " + service + " " + priority);
        Office office = em.find(Office.class, officeId);
        return new IssuedTicket(ticket.getId(), ticket.getNumber(), service, priority, ticket.getIssuedAt(),
                office.getName(), office.getCode(), office.getTimeZone(), advice.ahead(), advice.directDesk());
    }

    /** The officer takes the desk (and leaves any other desk of the office they held). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeskView openDesk(long officeId, ZoneId zone, String actor, long deskId) {
        Now now = Now.of(clock, zone);
        counters.lock(officeId, LOCK_SERIES, now.period());
        ServiceDesk desk = desk(officeId, deskId);
        staff(officeId, desk, actor, now.at());
        QueueTicket current = currentAt(officeId, deskId);
        return new DeskView(desk.getId(), desk.getName(), desk.getServices(), desk.getStaffUsername(),
                current == null ? null : TicketView.of(current, desk.getName()));
    }

    /** The desk is left: nobody is sent straight to it until an officer takes it again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeskView closeDesk(long officeId, ZoneId zone, String actor, long deskId) {
        Now now = Now.of(clock, zone);
        counters.lock(officeId, LOCK_SERIES, now.period());
        ServiceDesk desk = desk(officeId, deskId);
        desk.leave();
        QueueTicket current = currentAt(officeId, deskId);
        return new DeskView(desk.getId(), desk.getName(), desk.getServices(), null,
                current == null ? null : TicketView.of(current, desk.getName()));
    }

    /** Calls the first waiting ticket of the desk's services: priority class first, then issue order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView callNext(long officeId, ZoneId zone, String actor, long deskId) {
        Now now = Now.of(clock, zone);
        int lock = counters.lock(officeId, LOCK_SERIES, now.period());
        ServiceDesk desk = desk(officeId, deskId);
        QueueTicket current = currentAt(officeId, deskId);
        if (current != null) {
            throw new QueueRuleException("queue.error.deskBusy", current.getNumber());
        }
        if (desk.getServices().isEmpty()) {
            throw new QueueRuleException("queue.error.nothingWaiting");
        }
        QueueTicket next = em.createQuery("select t from QueueTicket t where t.officeId = :o and t.serviceDay = :d "
                        + "and t.status = :s and t.currentService in :services order by t.priorityClass, t.id",
                        QueueTicket.class)
                .setParameter("o", officeId).setParameter("d", now.day())
                .setParameter("s", TicketStatus.WAITING).setParameter("services", desk.getServices())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new QueueRuleException("queue.error.nothingWaiting"));
        staff(officeId, desk, actor, now.at());
        int seq = lock + 1;
        counters.advance(officeId, LOCK_SERIES, now.period(), seq);
        next.call(deskId, now.at(), seq);
        audit.record(officeId, now.at(), actor, SUBJECT, next.getId(), "TICKET_CALLED",
                next.getNumber() + " " + desk.getName());
        return TicketView.of(next, desk.getName());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView recall(long officeId, ZoneId zone, String actor, long deskId, Long ticketId) {
        Now now = Now.of(clock, zone);
        int lock = counters.lock(officeId, LOCK_SERIES, now.period());
        ServiceDesk desk = desk(officeId, deskId);
        QueueTicket ticket = expected(officeId, deskId, ticketId);
        ticket.recall(now.at(), lock + 1);
        counters.advance(officeId, LOCK_SERIES, now.period(), lock + 1);
        audit.record(officeId, now.at(), actor, SUBJECT, ticket.getId(), "TICKET_RECALLED",
                ticket.getNumber() + " " + desk.getName() + " #" + ticket.getCallCount());
        return TicketView.of(ticket, desk.getName());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView noShow(long officeId, ZoneId zone, String actor, long deskId, Long ticketId) {
        return step(officeId, zone, actor, deskId, ticketId, "TICKET_NO_SHOW", (t, at) -> t.noShow(at));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView start(long officeId, ZoneId zone, String actor, long deskId, Long ticketId) {
        return step(officeId, zone, actor, deskId, ticketId, "SERVICE_STARTED", (t, at) -> t.startService(at, actor));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView finish(long officeId, ZoneId zone, String actor, long deskId, Long ticketId) {
        return step(officeId, zone, actor, deskId, ticketId, "SERVICE_FINISHED", (t, at) -> t.finishService(at));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView transfer(long officeId, ZoneId zone, String actor, long deskId, Long ticketId,
            QueueService to) {
        if (to == null) {
            throw new QueueRuleException("queue.error.transferTargetRequired");
        }
        Now now = Now.of(clock, zone);
        counters.lock(officeId, LOCK_SERIES, now.period());
        ServiceDesk desk = desk(officeId, deskId);
        QueueTicket ticket = expected(officeId, deskId, ticketId);
        QueueService from = ticket.getCurrentService();
        ticket.transfer(to);
        audit.record(officeId, now.at(), actor, SUBJECT, ticket.getId(), "TICKET_TRANSFERRED",
                ticket.getNumber() + " " + desk.getName() + " " + from + " -> " + to);
        return TicketView.of(ticket, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView linkGuestEntry(long officeId, String actor, long ticketId, long guestEntryId) {
        QueueTicket ticket = ticket(officeId, ticketId);
        ticket.linkGuestEntry(guestEntryId);
        audit.record(officeId, clock.instant(), actor, SUBJECT, ticketId, "GUEST_ENTRY_LINKED",
                ticket.getNumber() + " guest entry " + guestEntryId);
        return TicketView.of(ticket, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TicketView linkRequest(long officeId, String actor, long ticketId, long requestId) {
        QueueTicket ticket = ticket(officeId, ticketId);
        Number owner = (Number) em.createNativeQuery("SELECT COUNT(*) FROM service_request WHERE id = ? AND office_id = ?")
                .setParameter(1, requestId).setParameter(2, officeId).getSingleResult();
        if (owner.longValue() == 0) {
            throw new QueueRuleException.NotFound("queue.error.requestNotFound");
        }
        ticket.linkRequest(requestId);
        audit.record(officeId, clock.instant(), actor, SUBJECT, ticketId, "REQUEST_LINKED",
                ticket.getNumber() + " request " + requestId);
        return TicketView.of(ticket, null);
    }

    private interface Step {
        void apply(QueueTicket ticket, Instant at);
    }

    private TicketView step(long officeId, ZoneId zone, String actor, long deskId, Long ticketId, String action,
            Step step) {
        Now now = Now.of(clock, zone);
        counters.lock(officeId, LOCK_SERIES, now.period());
        ServiceDesk desk = desk(officeId, deskId);
        QueueTicket ticket = expected(officeId, deskId, ticketId);
        step.apply(ticket, now.at());
        audit.record(officeId, now.at(), actor, SUBJECT, ticket.getId(), action,
                ticket.getNumber() + " " + desk.getName());
        return TicketView.of(ticket, desk.getName());
    }

    /** The desk's ticket, which must be {@code ticketId} when the caller names one (a console may be stale). */
    private QueueTicket expected(long officeId, long deskId, Long ticketId) {
        QueueTicket current = currentAt(officeId, deskId);
        if (ticketId != null) {
            QueueTicket named = ticket(officeId, ticketId);
            if (current == null || !current.getId().equals(named.getId())) {
                throw new QueueRuleException("queue.error.ticketNotAtDesk", named.getNumber());
            }
        }
        if (current == null) {
            throw new QueueRuleException("queue.error.deskEmpty");
        }
        return current;
    }

    private QueueTicket currentAt(long officeId, long deskId) {
        return em.createQuery("select t from QueueTicket t where t.officeId = :o and t.deskId = :d "
                        + "and t.status in :s order by t.id", QueueTicket.class)
                .setParameter("o", officeId).setParameter("d", deskId).setParameter("s", AT_DESK)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    private QueueTicket ticket(long officeId, long ticketId) {
        QueueTicket t = em.find(QueueTicket.class, ticketId);
        if (t == null || t.getOfficeId() != officeId) {
            throw new QueueRuleException.NotFound("queue.error.ticketNotFound");
        }
        return t;
    }

    private ServiceDesk desk(long officeId, long deskId) {
        ServiceDesk d = em.find(ServiceDesk.class, deskId);
        if (d == null || d.getOfficeId() != officeId || !d.isActive()) {
            throw new QueueRuleException.NotFound("queue.error.deskNotFound");
        }
        return d;
    }

    private void staff(long officeId, ServiceDesk desk, String actor, Instant at) {
        em.createQuery("select d from ServiceDesk d where d.officeId = :o and d.staffUsername = :u", ServiceDesk.class)
                .setParameter("o", officeId).setParameter("u", actor).getResultList().stream()
                .filter(other -> !other.getId().equals(desk.getId()))
                .forEach(ServiceDesk::leave);
        desk.staff(actor, at);
    }
}
