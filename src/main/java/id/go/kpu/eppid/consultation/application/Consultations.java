package id.go.kpu.eppid.consultation.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.consultation.domain.ConsultationRules.Slot;
import id.go.kpu.eppid.consultation.domain.ConsultationRules;
import id.go.kpu.eppid.consultation.domain.ConsultationSession;
import id.go.kpu.eppid.consultation.domain.ConsultationStatus;
import id.go.kpu.eppid.consultation.domain.DelegationStatus;
import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.survey.application.SurveyInvitations;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Consultation requests (CON-1 … CON-4): scheduling a session with a Commissioner, the Chair or the Secretary,
 * accompanied by division staff; cancelling it; delegating it to a structural official after the official approves
 * (CON-3); recording the result. Every step locks the request (like the processing workflow), is scoped to the
 * actor's office (another office's session or request is "not found"), and writes a line in the request's history.
 * Recording the result decides the request ({@link RequestTransition#DECIDE}) when its state allows; a request still
 * only {@link RequestStatus#DISPOSED} is first taken into analysis, since the consultation was its analysis.
 * The applicant is e-mailed the invitation and any cancellation (Indonesian, the office's zone).
 *
 * <p>Who does what (see {@link ConsultationRules} and {@link ConsultationSession}): the request's assigned official,
 * the Chair/Secretary and the PPID operator/front office schedule and cancel; they or the consulted official ask for
 * a delegation; the consulted official or the Chair decides it; the official or the approved delegate records the
 * result.
 */
@ApplicationScoped
@Transactional
public class Consultations {

    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_REASON = 500;
    static final int MAX_RESULT = 8000;
    private static final int MAX_NOTE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SurveyInvitations surveys;
    @Inject
    private IntakeMail intakeMail;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private Calendars calendars;

    @Inject
    private RequestWorkflow workflow;

    private final Clock clock = Clock.systemUTC();

    /** Schedules a session of the consultation request {@code requestId}; the applicant is invited by e-mail. */
    public ConsultationSession schedule(StaffAccount actor, long requestId, ScheduleCommand cmd) {
        ServiceRequest request = lockedRequest(actor, requestId);
        requireOpen(request);
        if (!ConsultationRules.mayArrange(actor, request.getAssignee())) {
            throw new InvalidInputException(null, "consultation.notAllowed.schedule");
        }
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        StaffAccount official = staffOf(actor, cmd.officialId(), ConsultationRules.CONSULTED);
        if (official == null) {
            problems.add(new Problem("official", cmd.officialId() == null ? "validation.required"
                    : "consultation.official.invalid"));
        }
        List<StaffAccount> companions = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(cmd.companionIds())) {
            StaffAccount c = staffOf(actor, id, ConsultationRules.COMPANIONS);
            if (c == null || ConsultationRules.same(c, official)) {
                problems.add(new Problem("companions", "consultation.companion.invalid"));
                companions.clear();
                break;
            }
            companions.add(c);
        }
        if (problems.stream().noneMatch(p -> "companions".equals(p.field()))
                && !ConsultationRules.enoughOfficers(companions.size())) {
            problems.add(new Problem("companions", "consultation.companions.tooFew", ConsultationRules.MIN_OFFICERS));
        }
        String place = text(problems, "place", cmd.place(), MAX_PLACE, false);
        String link = text(problems, "onlineLink", cmd.onlineLink(), MAX_LINK, false);
        if (link != null && !isWebLink(link)) {
            problems.add(new Problem("onlineLink", "consultation.link.invalid"));
        }
        if (place == null && link == null && problems.stream().noneMatch(p -> "place".equals(p.field()))) {
            problems.add(new Problem("place", "consultation.where.required"));
        }
        Slot slot = ConsultationRules.slot(problems, calendars.of(request.getOffice(), ServiceKind.CONSULTATION), cmd.date(),
                cmd.startTime(), cmd.endTime(), now);
        if (official != null && slot != null) {
            clash(official, slot).ifPresent(other -> problems.add(new Problem("startTime", "consultation.slot.clash",
                    official.getFullName(), range(other, request.getOffice().getZone()),
                    other.getRequest().getRegistrationNumber())));
        }
        InvalidInputException.throwIfAny(problems);
        ConsultationSession session = new ConsultationSession(request, official, slot.start(), slot.end(), place,
                link, companions, actor, now);
        em.persist(session);
        ZoneId zone = request.getOffice().getZone();
        event(request, actor, EventAction.CONSULTATION_SCHEDULED, official.getFullName() + ", "
                + range(session, zone) + ", " + where(place, link));
        invite(request, session);
        return session;
    }

    /** Cancels a scheduled session (kept in the list); the applicant is told. */
    public void cancel(StaffAccount actor, long sessionId, String reason) {
        ConsultationSession session = lockedSession(actor, sessionId);
        if (!mayCancel(actor, session)) {
            throw new InvalidInputException(null, "consultation.notAllowed.cancel");
        }
        List<Problem> problems = new ArrayList<>();
        String why = text(problems, "reason", reason, MAX_REASON, true);
        InvalidInputException.throwIfAny(problems);
        session.cancel(actor, why, clock.instant());
        ServiceRequest request = session.getRequest();
        event(request, actor, EventAction.CONSULTATION_CANCELLED,
                range(session, request.getOffice().getZone()) + ": " + why);
        String email = request.getApplicant().getEmail();
        if (email != null) {
            Messages m = Messages.of(Messages.INDONESIAN);
            mailQueue.enqueue(request.getOffice().getId(), request.getId(), email,
                    m.get("consultation.mail.cancelled.subject", request.getRegistrationNumber()),
                    m.get("consultation.mail.cancelled.body", request.getApplicant().getDisplayName(),
                            request.getRegistrationNumber(), when(session, m), why, request.getOffice().getName(),
                            intakeMail.trackingUrl(request.getRegistrationNumber())));
        }
    }

    /** CON-3: asks that a structural official of the office give the consultation in the official's absence. */
    public void requestDelegation(StaffAccount actor, long sessionId, Long delegateId, String reason) {
        ConsultationSession session = lockedSession(actor, sessionId);
        requireOpen(session.getRequest());
        if (!mayRequestDelegation(actor, session)) {
            throw new InvalidInputException(null, "consultation.notAllowed.delegate");
        }
        List<Problem> problems = new ArrayList<>();
        StaffAccount to = staffOf(actor, delegateId, ConsultationRules.DELEGATES);
        if (to == null) {
            problems.add(new Problem("delegate", delegateId == null ? "validation.required"
                    : "consultation.delegate.invalid"));
        }
        String why = text(problems, "delegationReason", reason, MAX_REASON, true);
        InvalidInputException.throwIfAny(problems);
        session.requestDelegation(to, why, actor, clock.instant());
        event(session.getRequest(), actor, EventAction.DELEGATION_REQUESTED,
                session.getOfficial().getFullName() + " → " + to.getFullName() + ": " + why);
    }

    /** CON-3: the consulted official (or the Chair) approves or refuses the pending delegation. */
    public void decideDelegation(StaffAccount actor, long sessionId, boolean approve, String note) {
        ConsultationSession session = lockedSession(actor, sessionId);
        requireOpen(session.getRequest());
        List<Problem> problems = new ArrayList<>();
        String why = text(problems, "decisionNote", note, MAX_REASON, false);
        InvalidInputException.throwIfAny(problems);
        session.decideDelegation(actor, approve, why, clock.instant());
        event(session.getRequest(), actor, approve ? EventAction.DELEGATION_APPROVED : EventAction.DELEGATION_REFUSED,
                session.getDelegate().getFullName() + (why == null ? "" : ": " + why));
    }

    /**
     * Records the consultation's result: the session is HELD, and the request is decided when its state allows
     * (a DISPOSED request is first taken into analysis). Returns the request's state afterwards.
     */
    public RequestStatus recordResult(StaffAccount actor, long sessionId, String result) {
        ConsultationSession session = lockedSession(actor, sessionId);
        ServiceRequest request = session.getRequest();
        requireOpen(request);
        List<Problem> problems = new ArrayList<>();
        String text = text(problems, "result", result, MAX_RESULT, true);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        session.recordResult(actor, text, now);
        StaffAccount conductedBy = session.getConductedBy();
        event(request, actor, EventAction.CONSULTATION_HELD, conductedBy.getFullName()
                + (ConsultationRules.same(conductedBy, session.getOfficial()) ? ""
                        : " (" + session.getOfficial().getFullName() + ")"));
        // REQ-10: the consultation was given; the applicant is asked to rate it
        surveys.invite(new SurveyInvitations.Invitation(request.getOffice().getId(), request.getOffice().getName(),
                SurveyService.CONSULTATION, request.getId(), request.getRegistrationNumber(), request.getId(),
                request.getApplicant().getDisplayName(), request.getApplicant().getEmail()));
        Messages m = Messages.of(Messages.INDONESIAN);
        String note = m.get("consultation.decided.note");
        if (request.getStatus() == RequestStatus.DISPOSED) {
            RequestStatus from = request.apply(RequestTransition.START_ANALYSIS);
            append(new RequestEvent(request, now, actor.getUsername(), EventAction.STATUS_CHANGED, from,
                    request.getStatus(), note));
        }
        if (RequestTransition.DECIDE.allowedFrom(request.getStatus())) {
            RequestStatus from = request.apply(RequestTransition.DECIDE);
            append(new RequestEvent(request, now, actor.getUsername(), EventAction.STATUS_CHANGED, from,
                    request.getStatus(), note));
            intakeMail.queueMilestone(request, note);
        }
        return request.getStatus();
    }

    /** The sessions of a request, the latest scheduled first (cancelled and held ones included). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsultationSession> sessions(ServiceRequest request) {
        return em.createQuery("select s from ConsultationSession s where s.request = :r order by s.id desc",
                ConsultationSession.class).setParameter("r", request).getResultList();
    }

    /** The office's sessions starting in [{@code from}, {@code to}), earliest first, with their request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsultationSession> upcoming(long officeId, Instant from, Instant to) {
        return em.createQuery("select s from ConsultationSession s join fetch s.request where s.office.id = :o "
                        + "and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id",
                        ConsultationSession.class)
                .setParameter("o", officeId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The latest held session of a request that has a result (for the answer letter, CON-3). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsultationSession> latestResult(ServiceRequest request) {
        return em.createQuery("select s from ConsultationSession s where s.request = :r and s.status = :held "
                        + "and s.result is not null order by s.id desc", ConsultationSession.class)
                .setParameter("r", request).setParameter("held", ConsultationStatus.HELD)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether {@code actor} may schedule a session of the request now (for pages, too). */
    public boolean maySchedule(StaffAccount actor, ServiceRequest request) {
        return sameOffice(actor, request)
                && ConsultationRules.requestProblem(request.getKind(), request.getStatus()) == null
                && ConsultationRules.mayArrange(actor, request.getAssignee());
    }

    /** Whether {@code actor} may cancel the session now: those who arrange, and the consulted official. */
    public boolean mayCancel(StaffAccount actor, ConsultationSession session) {
        return session.getStatus() == ConsultationStatus.SCHEDULED && sameOffice(actor, session.getRequest())
                && (ConsultationRules.mayArrange(actor, session.getRequest().getAssignee())
                        || ConsultationRules.same(actor, session.getOfficial()));
    }

    /** Whether {@code actor} may ask for a delegation of the session now (those who cancel may). */
    public boolean mayRequestDelegation(StaffAccount actor, ConsultationSession session) {
        return mayCancel(actor, session) && isOpen(session.getRequest()) && (session.getDelegationStatus() == null
                || session.getDelegationStatus() == DelegationStatus.REFUSED);
    }

    /** Whether {@code actor} may approve or refuse the session's pending delegation now. */
    public boolean mayDecideDelegation(StaffAccount actor, ConsultationSession session) {
        return sameOffice(actor, session.getRequest()) && isOpen(session.getRequest())
                && session.mayDecideDelegation(actor);
    }

    /** Whether {@code actor} may record the session's result now. */
    public boolean mayRecordResult(StaffAccount actor, ConsultationSession session) {
        return sameOffice(actor, session.getRequest()) && isOpen(session.getRequest())
                && session.mayRecordResult(actor);
    }

    private static boolean isOpen(ServiceRequest request) {
        return ConsultationRules.OPEN.contains(request.getStatus());
    }

    private static void requireOpen(ServiceRequest request) {
        String problem = ConsultationRules.requestProblem(request.getKind(), request.getStatus());
        if (problem != null) {
            throw new InvalidInputException(null, problem);
        }
    }

    /** The official's scheduled session that overlaps the slot, if any (the official's row is locked first). */
    private Optional<ConsultationSession> clash(StaffAccount official, Slot slot) {
        em.find(StaffAccount.class, official.getId(), LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("select s from ConsultationSession s join fetch s.request where s.official = :o "
                        + "and s.status = :scheduled and s.startsAt < :end and s.endsAt > :start order by s.startsAt",
                        ConsultationSession.class)
                .setParameter("o", official).setParameter("scheduled", ConsultationStatus.SCHEDULED)
                .setParameter("start", slot.start()).setParameter("end", slot.end())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** An active staff member of the actor's office holding one of {@code roles}, or null. */
    private StaffAccount staffOf(StaffAccount actor, Long id, Set<Role> roles) {
        StaffAccount s = id == null ? null : em.find(StaffAccount.class, id);
        return s == null || !s.isActive() || !s.getOffice().getId().equals(actor.getOffice().getId())
                || !s.hasAnyRole(roles) ? null : s;
    }

    private void invite(ServiceRequest request, ConsultationSession session) {
        String email = request.getApplicant().getEmail();
        if (email == null) {
            return;
        }
        Messages m = Messages.of(Messages.INDONESIAN);
        StaffAccount official = session.getOfficial();
        List<String> where = new ArrayList<>();
        if (session.getPlace() != null) {
            where.add(m.get("consultation.mail.place", session.getPlace()));
        }
        if (session.getOnlineLink() != null) {
            where.add(m.get("consultation.mail.link", session.getOnlineLink()));
        }
        mailQueue.enqueue(request.getOffice().getId(), request.getId(), email,
                m.get("consultation.mail.invitation.subject", request.getRegistrationNumber()),
                m.get("consultation.mail.invitation.body", request.getApplicant().getDisplayName(),
                        request.getRegistrationNumber(), when(session, m),
                        official.getFullName() + (official.getPositionTitle() == null ? ""
                                : " (" + official.getPositionTitle() + ")"),
                        String.join("\n", where), request.getOffice().getName(),
                        intakeMail.trackingUrl(request.getRegistrationNumber())));
    }

    /** "Senin, 23 November 2026 pukul 10.00 WITA – 11.00 WITA" in the office's zone. */
    private static String when(ConsultationSession s, Messages m) {
        ZoneId zone = s.getRequest().getOffice().getZone();
        return OfficeDateFormat.dateTime(s.getStartsAt().atZone(zone), m.locale()) + " – "
                + OfficeDateFormat.time(s.getEndsAt().atZone(zone), m.locale());
    }

    /** A short slot for history lines and clash messages, e.g. "23/11/2026 10.00–11.00 WITA". */
    static String range(ConsultationSession s, ZoneId zone) {
        var start = s.getStartsAt().atZone(zone);
        var end = s.getEndsAt().atZone(zone);
        return String.format("%02d/%02d/%d %02d.%02d–%02d.%02d %s", start.getDayOfMonth(), start.getMonthValue(),
                start.getYear(), start.getHour(), start.getMinute(), end.getHour(), end.getMinute(),
                OfficeDateFormat.zoneAbbreviation(start, Messages.INDONESIAN));
    }

    private static String where(String place, String link) {
        return place == null ? link : link == null ? place : place + " / " + link;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void event(ServiceRequest request, StaffAccount actor, EventAction action, String note) {
        String n = note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE - 1) + "…";
        append(new RequestEvent(request, clock.instant(), actor.getUsername(), action, null, null, n));
    }

    /**
     * Writes a history line now: the history is read in id order, and the persistence provider does not keep the
     * order of several new rows of one table in a transaction (the result step writes up to three).
     */
    private void append(RequestEvent event) {
        em.persist(event);
        em.flush();
    }

    private ServiceRequest lockedRequest(StaffAccount actor, long requestId) {
        return workflow.lockedRequest(actor, requestId);
    }

    /** The session of the actor's office, its request locked first, then the session read fresh. */
    private ConsultationSession lockedSession(StaffAccount actor, long sessionId) {
        Long requestId = em.createQuery("select s.request.id from ConsultationSession s where s.id = :id "
                        + "and s.office.id = :o", Long.class)
                .setParameter("id", sessionId).setParameter("o", actor.getOffice().getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(null, "consultation.session.notFound"));
        lockedRequest(actor, requestId);
        ConsultationSession session = em.find(ConsultationSession.class, sessionId);
        em.refresh(session);
        return session;
    }

    private static boolean sameOffice(StaffAccount actor, ServiceRequest request) {
        return request.getOffice().getId().equals(actor.getOffice().getId());
    }
}
