package id.go.kpu.eppid.objection.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.receivedAt;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.objection.domain.ObjectionChannel;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.objection.domain.ObjectionGround;
import id.go.kpu.eppid.objection.domain.ObjectionWindow;
import id.go.kpu.eppid.outgoing.domain.LetterStatus;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.processing.domain.RequestAnalysis;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LAW-3 (UU 14/2008 Pasal 35–39): objections against the handling of an information request. The applicant files one
 * on the portal with the request's number and tracking code, or the desk records one brought in person or by letter;
 * either way it must come within 30 working days after the reason arose ({@link ObjectionWindow}) — a late one is
 * refused with the dates that made it late. The Chair, as the PPID's superior, answers within 30 working days (the
 * objection deadline regime); the answer letter is an outgoing letter of the request
 * ({@link ObjectionLetterFacts}); the applicant may then go to the Information Commission within 14 working days,
 * and that dispute is recorded with its outcome. Every step is in the request's history.
 */
@ApplicationScoped
@Transactional
public class Objections {

    /** The {@link OfficeCounters} series of objection numbers (per office and year). */
    public static final String SERIES = "OBJECTION";

    /** Who records objections brought to the desk or by letter, and disputes. */
    public static final Set<Role> DESK = EnumSet.of(Role.FRONT_OFFICE, Role.PPID_OPERATOR, Role.LETTER_INTAKE,
            Role.SECRETARY, Role.CHAIR);

    /** LAW-3: the PPID's superior (atasan PPID) at a KPU office is the Chair. */
    public static final Set<Role> DECIDERS = EnumSet.of(Role.CHAIR);

    /** The outcome letters whose approval is the PPID's written notice (the start of the window). */
    static final Set<OutgoingLetterType> NOTICES = EnumSet.of(OutgoingLetterType.ACCEPTANCE,
            OutgoingLetterType.PARTIAL_GRANT, OutgoingLetterType.REFUSAL, OutgoingLetterType.NOT_HELD);

    /** Statuses in which a decision has been made (a decision recorded without a letter counts from its time). */
    static final Set<RequestStatus> DECIDED = EnumSet.of(RequestStatus.DECIDED, RequestStatus.DELIVERED,
            RequestStatus.CLOSED);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DeadlinePolicy deadlines;
    @Inject
    private Calendars calendars;
    @Inject
    private OfficeCounters counters;
    @Inject
    private RequestUploads uploads;
    @Inject
    private IntakeMail mail;

    private final Clock clock = Clock.systemUTC();

    /**
     * Whether an objection against the request can be filed at {@code at}.
     *
     * @param window when the reason arose and the window closes (empty while there is nothing to object to yet)
     * @param open an objection already filed and not yet answered
     */
    public record Eligibility(Optional<ObjectionWindow> window, Optional<Objection> open, Instant at) {

        /** Whether a new objection is accepted now. */
        public boolean accepted() {
            return window.isPresent() && window.get().openAt(at) && open.isEmpty();
        }

        /** Why not, as a problem for the page (null when accepted). */
        public Problem refusal(ZoneId zone, Locale locale) {
            if (open.isPresent()) {
                return new Problem(null, "objection.alreadyOpen", open.get().getNumber());
            }
            if (window.isEmpty()) {
                return new Problem(null, "objection.notYet");
            }
            ObjectionWindow w = window.get();
            return w.openAt(at) ? null : new Problem(null, "objection.tooLate." + w.reason(),
                    OfficeDateFormat.date(w.reasonAt().atZone(zone), locale),
                    OfficeDateFormat.date(w.closesAt().atZone(zone), locale), ObjectionWindow.FILING_WORKING_DAYS);
        }
    }

    /** LAW-3: the objection window of an information request at {@code at}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Eligibility eligibility(ServiceRequest request, Instant at) {
        Optional<ObjectionWindow> window = request.getKind() != RequestKind.INFORMATION ? Optional.empty()
                : ObjectionWindow.reason(noticeAt(request), request.getDueAt(), at).map(r -> new ObjectionWindow(
                        r.at(), r.reason(), deadlines.schedule(request.getOffice(), RegimeScope.OBJECTION, r.at())
                                .dueAt()));
        return new Eligibility(window, open(request), at);
    }

    /** {@link #eligibility(ServiceRequest, Instant) The objection window} of a request, now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Eligibility eligibility(long requestId) {
        return eligibility(em.find(ServiceRequest.class, requestId), clock.instant());
    }

    /** The PPID's written notice: the first approved outcome letter, else the recorded decision. */
    private Instant noticeAt(ServiceRequest request) {
        Instant letter = em.createQuery("select min(l.approvedAt) from OutgoingLetter l where l.request = :r "
                        + "and l.status = :approved and l.type in :types", Instant.class)
                .setParameter("r", request).setParameter("approved", LetterStatus.APPROVED)
                .setParameter("types", NOTICES).getSingleResult();
        if (letter != null || !DECIDED.contains(request.getStatus())) {
            return letter;
        }
        RequestAnalysis analysis = em.find(RequestAnalysis.class, request.getId());
        return analysis == null ? null : analysis.getDecidedAt();
    }

    private Optional<Objection> open(ServiceRequest request) {
        return em.createQuery("select o from Objection o where o.request = :r and o.decision is null order by o.id",
                Objection.class).setParameter("r", request).getResultStream().findFirst();
    }

    /** What the applicant or the desk gives. */
    public record FilingInput(Set<ObjectionGround> grounds, String statement, AcceptedFile attachment) {
    }

    /** LAW-3: the applicant files an objection on the portal (they proved to know the request's tracking code). */
    public Objection fileOnline(long requestId, FilingInput in) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        return file(request, ObjectionChannel.ONLINE, in, clock.instant(), "pemohon");
    }

    /**
     * LAW-3: the desk records an objection brought in person or by letter against a request of its office, received
     * on {@code receivedOn} (office date; today by default, earlier for a letter that came in before).
     */
    public Objection fileAtDesk(StaffAccount actor, String registrationNumber, ObjectionChannel channel,
            LocalDate receivedOn, FilingInput in) {
        if (!actor.hasAnyRole(DESK)) {
            throw new InvalidInputException(null, "objection.notDesk");
        }
        List<Problem> problems = new ArrayList<>();
        ServiceRequest request = RegistrationNumber.parse(registrationNumber).flatMap(n -> em.createQuery(
                        "select r from ServiceRequest r where r.registrationNumber = :n and r.office = :o",
                        ServiceRequest.class).setParameter("n", n.toString()).setParameter("o", actor.getOffice())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()).orElse(null);
        if (request == null) {
            problems.add(new Problem("objectionRequest", "objection.requestNotFound"));
        }
        required(problems, "objectionChannel", channel);
        if (channel == ObjectionChannel.ONLINE) {
            problems.add(new Problem("objectionChannel", "objection.channelOnline"));
        }
        Instant at = receivedAt(problems, "objectionReceivedOn", receivedOn, actor.getOffice().getZone(), clock);
        InvalidInputException.throwIfAny(problems);
        return file(request, channel, in, at, actor.getUsername());
    }

    private Objection file(ServiceRequest request, ObjectionChannel channel, FilingInput in, Instant at,
            String filedBy) {
        if (request == null) {
            throw new InvalidInputException(null, "objection.requestNotFound");
        }
        List<Problem> problems = new ArrayList<>();
        if (in.grounds() == null || in.grounds().isEmpty()) {
            problems.add(new Problem("objectionGrounds", "objection.grounds"));
        }
        String statement = text(problems, "objectionStatement", in.statement(), Objection.STATEMENT_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        Eligibility eligibility = eligibility(request, at);
        if (!eligibility.accepted()) {
            throw new InvalidInputException(List.of(eligibility.refusal(request.getOffice().getZone(),
                    Messages.INDONESIAN)));
        }
        FileDetails attachment = in.attachment() == null ? null : uploads.store(in.attachment());
        int year = at.atZone(request.getOffice().getZone()).getYear();
        int seq = counters.next(request.getOffice().getId(), SERIES, Integer.toString(year));
        String number = "KB-" + request.getOffice().getCode() + "-" + year + "-" + String.format("%04d", seq);
        Instant now = clock.instant();
        Objection objection = new Objection(request, number, year, seq, new Objection.Filing(channel,
                EnumSet.copyOf(in.grounds()), statement, attachment, at, filedBy), eligibility.window().get(),
                deadlines.schedule(request.getOffice(), RegimeScope.OBJECTION, at).dueAt());
        em.persist(objection);
        Messages m = Messages.of(Messages.INDONESIAN);
        history(request, now, filedBy, EventAction.OBJECTION_FILED, number + " · " + m.label(channel) + " · "
                + grounds(objection, m));
        ZoneId zone = request.getOffice().getZone();
        mail.toApplicant(request, m.get("mail.objection.filed.subject", number, request.getRegistrationNumber()),
                m.get("mail.objection.filed.body", request.getApplicant().getDisplayName(), number,
                        request.getRegistrationNumber(), OfficeDateFormat.dateTime(at.atZone(zone), m.locale()),
                        OfficeDateFormat.date(objection.getDecisionDueAt().atZone(zone), m.locale()),
                        request.getOffice().getName()));
        return objection;
    }

    /**
     * LAW-3 (Pasal 36 ayat (2)): the Chair's written answer. The applicant is told by mail that they may take it to
     * the Information Commission within 14 working days (Pasal 37 ayat (2)); the letter is drafted on the request.
     */
    public Objection decide(StaffAccount actor, long objectionId, ObjectionDecision decision, String reason) {
        if (!actor.hasAnyRole(DECIDERS)) {
            throw new InvalidInputException(null, "objection.notDecider");
        }
        Objection o = em.find(Objection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null || o.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "objection.notFound");
        }
        if (o.isDecided()) {
            throw new InvalidInputException(null, "objection.alreadyDecided");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "objectionDecision", decision);
        String why = text(problems, "objectionReason", reason, Objection.REASON_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        ServiceRequest request = o.getRequest();
        LocalDate commission = ObjectionWindow.commissionDeadline(calendars.of(request.getOffice(),
                ServiceKind.INFORMATION), now);
        o.decide(decision, why, actor.getUsername(), deciderName(actor), now, commission);
        Messages m = Messages.of(Messages.INDONESIAN);
        history(request, now, actor.getUsername(), EventAction.OBJECTION_DECIDED, o.getNumber() + " · "
                + m.label(decision));
        mail.toApplicant(request, m.get("mail.objection.decided.subject", o.getNumber()),
                m.get("mail.objection.decided.body", request.getApplicant().getDisplayName(), o.getNumber(),
                        m.label(decision), why, OfficeDateFormat.date(commission.atStartOfDay(
                                request.getOffice().getZone()), m.locale()), request.getOffice().getName()));
        return o;
    }

    /** The decider as the register shows them: name and position. */
    static String deciderName(StaffAccount actor) {
        String position = actor.getPositionTitle();
        return position == null || position.isBlank() ? actor.getFullName() : actor.getFullName() + ", " + position;
    }

    /** What is known of a dispute at the Information Commission. */
    public record DisputeInput(LocalDate filedOn, String number, DisputeOutcome outcome, LocalDate decidedOn,
            String note) {
    }

    /** LAW-3 (Pasal 37–39): the dispute the applicant brought to the Information Commission, and how it ended. */
    public Objection recordDispute(StaffAccount actor, long objectionId, DisputeInput in) {
        if (!actor.hasAnyRole(DESK)) {
            throw new InvalidInputException(null, "objection.notDesk");
        }
        Objection o = em.find(Objection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null || o.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "objection.notFound");
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(actor.getOffice().getZone()));
        LocalDate filedFrom = o.getFiledAt().atZone(actor.getOffice().getZone()).toLocalDate();
        if (in.filedOn() == null) {
            problems.add(new Problem("disputeFiledOn", "validation.required"));
        } else if (in.filedOn().isAfter(today) || in.filedOn().isBefore(filedFrom)) {
            problems.add(new Problem("disputeFiledOn", "objection.dispute.filedOn"));
        }
        String number = text(problems, "disputeNumber", in.number(), Objection.DISPUTE_NUMBER_LENGTH, true);
        required(problems, "disputeOutcome", in.outcome());
        if (in.outcome() != null && in.outcome() != DisputeOutcome.PENDING && in.decidedOn() == null) {
            problems.add(new Problem("disputeDecidedOn", "objection.dispute.decidedOnRequired"));
        }
        if (in.decidedOn() != null && (in.decidedOn().isAfter(today)
                || in.filedOn() != null && in.decidedOn().isBefore(in.filedOn()))) {
            problems.add(new Problem("disputeDecidedOn", "objection.dispute.decidedOn"));
        }
        String note = text(problems, "disputeNote", in.note(), Objection.DISPUTE_NOTE_LENGTH, false);
        InvalidInputException.throwIfAny(problems);
        LocalDate decided = in.outcome() == DisputeOutcome.PENDING ? null : in.decidedOn();
        o.recordDispute(in.filedOn(), number, in.outcome(), decided, note, actor.getUsername());
        Messages m = Messages.of(Messages.INDONESIAN);
        history(o.getRequest(), clock.instant(), actor.getUsername(), EventAction.OBJECTION_DISPUTE,
                o.getNumber() + " · " + number + " · " + m.label(in.outcome()));
        return o;
    }

    /** An objection of the actor's office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Objection> find(StaffAccount actor, long id) {
        Objection o = em.find(Objection.class, id);
        return o != null && o.getOfficeId() == actor.getOffice().getId() && actor.hasAnyRole(Role.REQUEST_WORKERS)
                ? Optional.of(o) : Optional.empty();
    }

    /** The objections against a request, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Objection> of(ServiceRequest request) {
        return em.createQuery("select o from Objection o where o.request = :r order by o.id", Objection.class)
                .setParameter("r", request).getResultList();
    }

    /** The objections against a request, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Objection> of(long requestId) {
        return of(em.find(ServiceRequest.class, requestId));
    }

    /** LAW-4: the objection register of an office for a year (by filing date), in number order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Objection> register(long officeId, int year) {
        return em.createQuery("select o from Objection o join fetch o.request r join fetch r.applicant "
                + "where o.officeId = :o and o.year = :y order by o.sequence", Objection.class)
                .setParameter("o", officeId).setParameter("y", year).getResultList();
    }

    /** The grounds as a line: "a, c — …" with their texts. */
    public static String grounds(Objection o, Messages m) {
        return o.getGrounds().stream().map(g -> g.letter() + ". " + m.label(g)).collect(Collectors.joining("; "));
    }

    private void history(ServiceRequest request, Instant at, String actor, EventAction action, String note) {
        em.persist(new RequestEvent(request, at, actor, action, null, null, note));
    }
}
