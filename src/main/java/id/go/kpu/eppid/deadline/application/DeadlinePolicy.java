package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.Deadline;
import id.go.kpu.eppid.deadline.domain.DeadlineCalculator;
import id.go.kpu.eppid.deadline.domain.DeadlineRegime;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.Pause;
import id.go.kpu.eppid.deadline.domain.RegimeClock;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.deadline.domain.RequestPause;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where a request's due date is computed (REQ-8, CON-4, LAW-1): the regime that applies (data, see
 * {@link DeadlineRegime}), the office's calendar for the service, the clock's pauses while the applicant completes the
 * request, and the one extension. Every due date is stored with its explanation; when the calendar changes, the open
 * requests of the offices concerned are recomputed and the change is written in their history.
 */
@ApplicationScoped
public class DeadlinePolicy {

    /** Working days allowed for a request under UU 14/2008 Pasal 22 (LAW-1) when no regime is found. */
    public static final int STANDARD_WORKING_DAYS = 10;
    /** The states whose clock still runs (or is paused): recomputed when the calendar changes. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.DISPOSED,
            RequestStatus.IN_ANALYSIS, RequestStatus.CONSULTING_DIVISION, RequestStatus.EXTENDED,
            RequestStatus.INCOMPLETE);
    /** The states whose clock runs now (open and not waiting for the applicant). */
    public static final Set<RequestStatus> RUNNING = EnumSet.copyOf(OPEN.stream()
            .filter(s -> s != RequestStatus.INCOMPLETE).toList());
    private static final int BATCH = 1000;
    /** Due dates written per statement in a recompute. */
    private static final int WRITE_BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @Inject
    private DeadlineRegimes regimes;

    private final Clock clock = Clock.systemUTC();

    /** A clock just started: the regime that applies and the due date it gives. */
    public record Scheduled(DeadlineRegime regime, Deadline deadline) {
        public Instant dueAt() {
            return deadline.dueAt();
        }
    }

    /**
     * The due date of a clock of {@code scope} started at {@code start} by {@code office} (a new request, an objection
     * window), from the regime that applies that day and the office's calendar.
     */
    public Scheduled schedule(Office office, RegimeScope scope, Instant start) {
        DeadlineRegime regime = regime(office, scope, start);
        ServiceKind service = scope == RegimeScope.CONSULTATION ? ServiceKind.CONSULTATION : ServiceKind.INFORMATION;
        return new Scheduled(regime, DeadlineCalculator.compute(calendars.current(office, service),
                input(regime, start, List.of(), 0), clock.instant()));
    }

    /** Stores a new request's schedule (due date, regime, explanation) without computing it again. */
    public void record(ServiceRequest request, Scheduled scheduled) {
        request.scheduleDue(scheduled.dueAt(), scheduled.regime(),
                DeadlineExplanation.toJson(scheduled.deadline().trace()));
    }

    /** Computes and stores a request's due date, regime and explanation (at registration and after each change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Deadline apply(ServiceRequest request) {
        return apply(request, calendars.of(request.getOffice(), service(request.getKind())), pauses(request));
    }

    /**
     * The request moves to the regime of another scope as of its receipt (a walk-in's information turned out not to be
     * immediately available, REQ-5 → LAW-1): the clock still counts from receipt, pauses and extension kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Deadline reschedule(ServiceRequest request, RegimeScope scope) {
        return apply(request, regime(request.getOffice(), scope, request.getReceivedAt()),
                calendars.of(request.getOffice(), service(request.getKind())), pauses(request));
    }

    /** The scope of the regime the request runs under (its kind's when none is recorded). */
    public static RegimeScope scope(ServiceRequest request) {
        return request.getRegime() != null ? request.getRegime().getAppliesTo() : scope(request.getKind());
    }

    private Deadline apply(ServiceRequest request, OfficeCalendar calendar, List<Pause> pauses) {
        return apply(request, regimeOf(request), calendar, pauses);
    }

    /** The regime the request runs under: the one recorded, else its kind's on the day of receipt. */
    private DeadlineRegime regimeOf(ServiceRequest request) {
        return request.getRegime() != null ? request.getRegime()
                : regime(request.getOffice(), scope(request.getKind()), request.getReceivedAt());
    }

    private Deadline apply(ServiceRequest request, DeadlineRegime regime, OfficeCalendar calendar, List<Pause> pauses) {
        Deadline d = DeadlineCalculator.compute(calendar, input(regime, request.getReceivedAt(), pauses,
                request.getExtensionDays()), clock.instant());
        request.scheduleDue(d.dueAt(), regime, DeadlineExplanation.toJson(d.trace()));
        return d;
    }

    /** The clock stops: the request waits for the applicant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(ServiceRequest request, Instant at) {
        em.persist(new RequestPause(request.getId(), at));
        em.flush();
        apply(request);
    }

    /** The clock runs again: the applicant completed the request; the due date moves by the pause. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant resume(ServiceRequest request, Instant at) {
        em.createQuery("select p from RequestPause p where p.requestId = :r and p.resumedAt is null", RequestPause.class)
                .setParameter("r", request.getId()).getResultList().forEach(p -> p.resume(at));
        em.flush();
        return apply(request).dueAt();
    }

    /** The longest extension the request's regime allows (LAW-1: 7 working days for information requests). */
    public int maxExtension(ServiceRequest request) {
        DeadlineRegime regime = regimeOf(request);
        return regime == null ? 0 : regime.getMaxExtension();
    }

    /** LAW-1: extends the request's clock by {@code days} (checked by the caller against {@link #maxExtension}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant extend(ServiceRequest request, int days) {
        if (days < 1 || days > maxExtension(request)) {
            throw new InvalidInputException("extensionDays", "extension.days.range", maxExtension(request));
        }
        request.extendBy(days);
        return apply(request).dueAt();
    }

    /** The explanation of the request's due date in {@code locale}. */
    public List<String> explanation(ServiceRequest request, Locale locale) {
        return DeadlineExplanation.lines(request.getDueTrace(), request.getOffice().getZone(), locale);
    }

    /**
     * A day off or service hours changed: the open requests of the office (every office for a national day off) get
     * their due dates again; each one that moves gets a history line with the old and new date and the change.
     * <p>
     * Only requests due on or after the changed day are looked at ({@link CalendarChanged#from}): a due date before it
     * was counted without that day. Paused requests are always looked at (their clock counts to now). The rows are
     * read as plain columns and written in JDBC batches on the transaction's connection, so a recompute over tens of
     * thousands of open requests takes seconds (issue 8, P3); no request entity is loaded, so none is left stale.
     */
    public void recompute(@Observes CalendarChanged change) {
        List<Office> offices = change.officeId() == null
                ? em.createQuery("select o from Office o", Office.class).getResultList()
                : List.of(em.find(Office.class, change.officeId()));
        Instant now = clock.instant();
        // a day early in UTC covers every office zone (up to UTC+9)
        Instant from = change.from() == null ? null
                : change.from().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        em.flush(); // the calendar change itself is written before the rows are read
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement event = db.prepareStatement("INSERT INTO request_event (request_id, occurred_at, "
                        + "actor, action, note) VALUES (?, ?, ?, ?, ?)")) {
            for (Office office : offices) {
                recompute(office, from, change, now, db, event);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Due dates could not be recomputed", e);
        }
    }

    private void recompute(Office office, Instant from, CalendarChanged change, Instant now, Connection db,
            PreparedStatement event) throws SQLException {
        OfficeCalendar information = calendars.of(office, ServiceKind.INFORMATION);
        OfficeCalendar consultation = calendars.of(office, ServiceKind.CONSULTATION);
        Map<Long, DeadlineRegime> recorded = new HashMap<>();
        // requests without a recorded regime: one lookup per scope and day of receipt, not one per request
        Map<String, Optional<DeadlineRegime>> byDay = new HashMap<>();
        // the ids first, from the (office, status, due date) index; then the rows by primary key, a batch at a time
        TypedQuery<Long> candidates = em.createQuery("select r.id from ServiceRequest r where r.office = :o "
                        + "and r.status in :open"
                        + (from == null ? "" : " and (r.dueAt >= :from or r.status = :paused)"), Long.class)
                .setParameter("o", office).setParameter("open", OPEN);
        if (from != null) {
            candidates.setParameter("from", from).setParameter("paused", RequestStatus.INCOMPLETE);
        }
        List<Long> ids = new ArrayList<>(candidates.getResultList());
        Collections.sort(ids);
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Object[]> batch = em.createQuery("select r.id, r.kind, r.receivedAt, g.id, r.extensionDays, "
                            + "r.dueAt, r.dueTrace, r.version from ServiceRequest r left join r.regime g where r.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultList();
            Map<Long, List<Pause>> pauses = pauses(batch.stream().map(row -> (Long) row[0]).toList());
            List<DueChange> changes = new ArrayList<>();
            int moved = 0;
            for (Object[] row : batch) {
                long id = (Long) row[0];
                RequestKind kind = (RequestKind) row[1];
                Instant receivedAt = (Instant) row[2];
                Instant before = (Instant) row[5];
                DeadlineRegime regime = row[3] != null
                        ? recorded.computeIfAbsent((Long) row[3], r -> em.find(DeadlineRegime.class, r))
                        : byDay.computeIfAbsent(scope(kind) + " " + LocalDate.ofInstant(receivedAt, office.getZone()),
                                k -> Optional.ofNullable(regime(office, scope(kind), receivedAt))).orElse(null);
                Deadline d = DeadlineCalculator.compute(kind == RequestKind.CONSULTATION ? consultation : information,
                        input(regime, receivedAt, pauses.getOrDefault(id, List.of()), (Integer) row[4]), now);
                String trace = DeadlineExplanation.toJson(d.trace());
                boolean regimeRecorded = row[3] == null && regime != null;
                if (d.dueAt().equals(before) && trace.equals(row[6]) && !regimeRecorded) {
                    continue;
                }
                changes.add(new DueChange(id, (Integer) row[7], d.dueAt(), regime == null ? null : regime.getId(),
                        trace));
                if (!d.dueAt().equals(before)) {
                    event.setLong(1, id);
                    event.setObject(2, InstantConverter.utc(now));
                    event.setString(3, change.actor());
                    event.setString(4, EventAction.DEADLINE_RECOMPUTED.name());
                    event.setString(5, RequestEvent.shortNote(before + " → " + d.dueAt() + ": " + change.what()));
                    event.addBatch();
                    moved++;
                }
            }
            for (int k = 0; k < changes.size(); k += WRITE_BATCH) {
                write(db, changes.subList(k, Math.min(changes.size(), k + WRITE_BATCH)));
            }
            if (moved > 0) {
                event.executeBatch();
            }
        }
    }

    /** A recomputed due date to be written, if the request's version is still the one read. */
    private record DueChange(long id, int version, Instant dueAt, Long regimeId, String trace) {
    }

    /**
     * Writes many due dates in one statement ({@code CASE id WHEN … THEN …}, portable to MySQL 8 and MariaDB): a
     * statement per request made the database's per-statement work most of a recompute.
     *
     * @throws OptimisticLockException when a request changed meanwhile (its version moved on): the calendar change is
     *                                 rolled back, to be tried again
     */
    private static void write(Connection db, List<DueChange> changes) throws SQLException {
        String when = " WHEN ? THEN ?".repeat(changes.size());
        String sql = "UPDATE service_request SET due_at = CASE id" + when + " END, regime_id = CASE id" + when
                + " END, due_trace = CASE id" + when + " END, version = version + 1 WHERE (id, version) IN ("
                + String.join(", ", Collections.nCopies(changes.size(), "(?, ?)")) + ")";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            int p = 1;
            for (DueChange c : changes) {
                update.setLong(p++, c.id());
                update.setObject(p++, InstantConverter.utc(c.dueAt()));
            }
            for (DueChange c : changes) {
                update.setLong(p++, c.id());
                update.setObject(p++, c.regimeId(), Types.BIGINT);
            }
            for (DueChange c : changes) {
                update.setLong(p++, c.id());
                update.setString(p++, c.trace());
            }
            for (DueChange c : changes) {
                update.setLong(p++, c.id());
                update.setInt(p++, c.version());
            }
            if (update.executeUpdate() != changes.size()) {
                throw new OptimisticLockException("A request changed while its due date was recomputed");
            }
        }
    }

    /** The pauses of many requests in one query (a recompute runs over thousands). */
    private Map<Long, List<Pause>> pauses(List<Long> requestIds) {
        return em.createQuery("select p from RequestPause p where p.requestId in :ids order by p.id", RequestPause.class)
                .setParameter("ids", requestIds).getResultStream()
                .collect(Collectors.groupingBy(RequestPause::getRequestId,
                        Collectors.mapping(RequestPause::toPause, Collectors.toList())));
    }

    private List<Pause> pauses(ServiceRequest request) {
        return request.getId() == null ? List.of()
                : pauses(List.of(request.getId())).getOrDefault(request.getId(), List.of());
    }

    /** The regime for a scope on the day of receipt (the office's own valid one first, else the national one). */
    private DeadlineRegime regime(Office office, RegimeScope scope, Instant receivedAt) {
        return regimes.applicable(office.getId(), scope, LocalDate.ofInstant(receivedAt, office.getZone())).orElse(null);
    }

    private static DeadlineCalculator.Input input(DeadlineRegime regime, Instant receivedAt, List<Pause> pauses,
            int extension) {
        return regime == null
                ? new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, STANDARD_WORKING_DAYS, receivedAt, pauses,
                        extension)
                : new DeadlineCalculator.Input(regime.getClock(), regime.getLength(), receivedAt, pauses, extension);
    }

    /** The regime scope of a request of {@code kind}. */
    public static RegimeScope scope(RequestKind kind) {
        return kind == RequestKind.CONSULTATION ? RegimeScope.CONSULTATION : RegimeScope.INFORMATION;
    }

    private static ServiceKind service(RequestKind kind) {
        return kind == RequestKind.CONSULTATION ? ServiceKind.CONSULTATION : ServiceKind.INFORMATION;
    }

}
