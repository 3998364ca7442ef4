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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
    private static final int BATCH = 500;

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
        return new Scheduled(regime, DeadlineCalculator.compute(calendars.of(office, service),
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
     */
    public void recompute(@Observes CalendarChanged change) {
        List<Office> offices = change.officeId() == null
                ? em.createQuery("select o from Office o", Office.class).getResultList()
                : List.of(em.find(Office.class, change.officeId()));
        Instant now = clock.instant();
        for (Office office : offices) {
            OfficeCalendar information = calendars.of(office, ServiceKind.INFORMATION);
            OfficeCalendar consultation = calendars.of(office, ServiceKind.CONSULTATION);
            long after = 0;
            // requests without a recorded regime: one lookup per scope and day of receipt, not one per request
            Map<String, Optional<DeadlineRegime>> regimes = new HashMap<>();
            while (true) {
                List<ServiceRequest> batch = em.createQuery("select r from ServiceRequest r where r.office = :o "
                                + "and r.status in :open and r.id > :after order by r.id", ServiceRequest.class)
                        .setParameter("o", office).setParameter("open", OPEN).setParameter("after", after)
                        .setMaxResults(BATCH).getResultList();
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, List<Pause>> pauses = pauses(batch.stream().map(ServiceRequest::getId).toList());
                for (ServiceRequest r : batch) {
                    Instant before = r.getDueAt();
                    DeadlineRegime regime = r.getRegime() != null ? r.getRegime()
                            : regimes.computeIfAbsent(scope(r.getKind()) + " " + LocalDate.ofInstant(r.getReceivedAt(),
                                    office.getZone()), k -> Optional.ofNullable(regime(office, scope(r.getKind()),
                                    r.getReceivedAt()))).orElse(null);
                    apply(r, regime, r.getKind() == RequestKind.CONSULTATION ? consultation : information,
                            pauses.getOrDefault(r.getId(), List.of()));
                    if (!before.equals(r.getDueAt())) {
                        em.persist(new RequestEvent(r, now, change.actor(), EventAction.DEADLINE_RECOMPUTED, null,
                                null, before + " → " + r.getDueAt() + ": " + change.what()));
                    }
                    after = r.getId();
                }
                em.flush();
                em.clear(); // a recompute runs over every open request: keep the persistence context to one batch
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
