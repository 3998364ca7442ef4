package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.queue.domain.QueueOrder;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.QueueTicket;
import id.go.kpu.eppid.queue.domain.ServiceDesk;
import id.go.kpu.eppid.queue.domain.TicketStatus;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the queue: an office's desks with their tickets, the day's ticket list, the waiting counts and the public
 * calling display. Office-scoped by the caller; only {@link #display} takes an office code, and it returns public
 * data only.
 */
@ApplicationScoped
public class QueueBoard {

    /** How many tickets one day's list holds at most (a busy office issues a few hundred). */
    public static final int DAY_LIMIT = 2000;
    private static final int RECENT_CALLS = 6;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficeDirectory offices;

    private final Clock clock = Clock.systemUTC();

    /** The office-local date today. */
    public LocalDate today(long officeId) {
        return clock.instant().atZone(zone(officeId)).toLocalDate();
    }

    public List<DeskView> desks(long officeId) {
        List<ServiceDesk> desks = em.createQuery("select d from ServiceDesk d where d.officeId = :o "
                        + "and d.active = true order by d.sortOrder, d.id", ServiceDesk.class)
                .setParameter("o", officeId).getResultList();
        Map<Long, QueueTicket> current = new LinkedHashMap<>();
        em.createQuery("select t from QueueTicket t where t.officeId = :o and t.status in :s "
                        + "and t.deskId is not null order by t.id", QueueTicket.class)
                .setParameter("o", officeId).setParameter("s", Set.of(TicketStatus.CALLED, TicketStatus.SERVING))
                .getResultList().forEach(t -> current.putIfAbsent(t.getDeskId(), t));
        return desks.stream().map(d -> {
            QueueTicket t = current.get(d.getId());
            return new DeskView(d.getId(), d.getName(), d.getServices(), d.getStaffUsername(),
                    t == null ? null : TicketView.of(t, d.getName()));
        }).toList();
    }

    public Optional<DeskView> desk(long officeId, long deskId) {
        return desks(officeId).stream().filter(d -> d.id() == deskId).findFirst();
    }

    /** The office's tickets of one day in issue order (at most {@link #DAY_LIMIT}). */
    public List<TicketView> day(long officeId, LocalDate day) {
        Map<Long, String> names = deskNames(officeId);
        return em.createQuery("select t from QueueTicket t where t.officeId = :o and t.serviceDay = :d order by t.id",
                        QueueTicket.class)
                .setParameter("o", officeId).setParameter("d", day).setMaxResults(DAY_LIMIT).getResultList()
                .stream().map(t -> TicketView.of(t, t.getDeskId() == null ? null : names.get(t.getDeskId()))).toList();
    }

    /** The latest ticket number given to each of these guest-book visits of the office, in one query. */
    public Map<Long, String> latestNumbersForGuestEntries(long officeId, Collection<Long> guestEntryIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (guestEntryIds.isEmpty()) {
            return numbers;
        }
        em.createQuery("select t from QueueTicket t where t.officeId = :o and t.guestEntryId in :g order by t.id",
                        QueueTicket.class)
                .setParameter("o", officeId).setParameter("g", guestEntryIds).getResultList()
                .forEach(t -> numbers.put(t.getGuestEntryId(), t.getNumber()));
        return numbers;
    }

    /** One ticket of the office; empty for another office's. */
    public Optional<TicketView> find(long officeId, long ticketId) {
        QueueTicket t = em.find(QueueTicket.class, ticketId);
        if (t == null || t.getOfficeId() != officeId) {
            return Optional.empty();
        }
        return Optional.of(TicketView.of(t, t.getDeskId() == null ? null : deskNames(officeId).get(t.getDeskId())));
    }

    /**
     * What seed 002 tells the holder of a waiting ticket: go straight to a desk when nobody else waits for its
     * service and a staffed desk for it is free, otherwise how many are called before them. Empty when the ticket
     * is not the office's or does not wait. Joins the caller's transaction, if any.
     */
    public Optional<Advice> advice(long officeId, long ticketId) {
        QueueTicket ticket = em.find(QueueTicket.class, ticketId);
        if (ticket == null || ticket.getOfficeId() != officeId || ticket.getStatus() != TicketStatus.WAITING) {
            return Optional.empty();
        }
        List<QueueTicket> others = em.createQuery("select t from QueueTicket t where t.officeId = :o "
                        + "and t.serviceDay = :d and t.status = :s and t.currentService = :c and t.id <> :id",
                        QueueTicket.class)
                .setParameter("o", officeId).setParameter("d", ticket.getServiceDay())
                .setParameter("s", TicketStatus.WAITING).setParameter("c", ticket.getCurrentService())
                .setParameter("id", ticketId).getResultList();
        int ahead = (int) others.stream().filter(t -> QueueOrder.ahead(t, ticket)).count();
        if (!others.isEmpty()) {
            return Optional.of(new Advice(ahead, null));
        }
        Set<Long> busy = Set.copyOf(em.createQuery("select t.deskId from QueueTicket t where t.officeId = :o "
                        + "and t.status in :s and t.deskId is not null", Long.class)
                .setParameter("o", officeId).setParameter("s", Set.of(TicketStatus.CALLED, TicketStatus.SERVING))
                .getResultList());
        String desk = em.createQuery("select d from ServiceDesk d where d.officeId = :o and d.active = true "
                        + "and d.staffUsername is not null order by d.sortOrder, d.id", ServiceDesk.class)
                .setParameter("o", officeId).getResultList().stream()
                .filter(d -> d.serves(ticket.getCurrentService()) && !busy.contains(d.getId()))
                .map(ServiceDesk::getName).findFirst().orElse(null);
        return Optional.of(new Advice(0, desk));
    }

    /** Seed 002's advice for a waiting ticket: the desk to go to straight away, or the number ahead. */
    public record Advice(int ahead, String directDesk) {
    }

    /** Tickets waiting today per service, every service listed. */
    public List<WaitingCount> waiting(long officeId) {
        return waiting(officeId, today(officeId));
    }

    private List<WaitingCount> waiting(long officeId, LocalDate day) {
        Map<QueueService, long[]> counts = new EnumMap<>(QueueService.class);
        for (QueueService s : QueueService.values()) {
            counts.put(s, new long[2]);
        }
        em.createQuery("select t.currentService, t.priorityClass, count(t) from QueueTicket t where t.officeId = :o "
                        + "and t.serviceDay = :d and t.status = :s group by t.currentService, t.priorityClass",
                        Object[].class)
                .setParameter("o", officeId).setParameter("d", day).setParameter("s", TicketStatus.WAITING)
                .getResultList().forEach(row -> {
                    long[] c = counts.get((QueueService) row[0]);
                    long n = ((Number) row[2]).longValue();
                    c[0] += n;
                    if (((Number) row[1]).intValue() == 0) {
                        c[1] += n;
                    }
                });
        List<WaitingCount> result = new ArrayList<>();
        counts.forEach((s, c) -> result.add(new WaitingCount(s, s.prefix(), c[0], c[1])));
        return result;
    }

    /** The public calling display of an office by its code; empty when there is no such office. */
    public Optional<DisplayBoard> display(String officeCode) {
        Optional<Office> found = offices.findByCode(officeCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Office office = found.get();
        ZoneId zone = office.getZone();
        Instant now = clock.instant();
        LocalDate day = now.atZone(zone).toLocalDate();
        long officeId = office.getId();
        Map<Long, String> names = deskNames(officeId);
        List<QueueTicket> called = em.createQuery("select t from QueueTicket t where t.officeId = :o "
                        + "and t.serviceDay = :d and t.lastCallSeq is not null order by t.lastCallSeq desc",
                        QueueTicket.class)
                .setParameter("o", officeId).setParameter("d", day).setMaxResults(200).getResultList();
        List<DisplayBoard.Call> calls = called.stream().filter(t -> t.getDeskId() != null)
                .map(t -> new DisplayBoard.Call(t.getLastCallSeq(), t.getNumber(), t.getCurrentService(),
                        names.get(t.getDeskId()), t.getLastCalledAt(), time(t.getLastCalledAt(), zone),
                        t.getCallCount()))
                .toList();
        List<DisplayBoard.DeskCall> desks = new ArrayList<>();
        for (DeskView d : desks(officeId)) {
            QueueTicket last = called.stream().filter(t -> Long.valueOf(d.id()).equals(t.getDeskId())).findFirst()
                    .orElse(null);
            desks.add(new DisplayBoard.DeskCall(d.name(), List.copyOf(d.services()),
                    last == null ? null : last.getNumber(),
                    last == null ? null : time(last.getLastCalledAt(), zone),
                    last != null && last.getStatus() == TicketStatus.SERVING));
        }
        List<DisplayBoard.Waiting> waiting = waiting(officeId, day).stream()
                .map(w -> new DisplayBoard.Waiting(w.service(), w.prefix(), w.waiting())).toList();
        return Optional.of(new DisplayBoard(office.getCode(), office.getName(),
                OfficeDateFormat.zoneAbbreviation(now.atZone(zone), Messages.INDONESIAN), now,
                calls.isEmpty() ? null : calls.get(0), desks, calls.stream().limit(RECENT_CALLS).toList(), waiting));
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? null : CLOCK.format(at.atZone(zone));
    }

    private Map<Long, String> deskNames(long officeId) {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("select d from ServiceDesk d where d.officeId = :o", ServiceDesk.class)
                .setParameter("o", officeId).getResultList().forEach(d -> names.put(d.getId(), d.getName()));
        return names;
    }

    private ZoneId zone(long officeId) {
        return offices.findById(officeId).map(Office::getZone).orElse(ZoneId.of("Asia/Jakarta"));
    }
}
