package id.go.kpu.eppid.processing.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.processing.domain.Disposition;
import id.go.kpu.eppid.processing.domain.DispositionKind;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.IllegalTransitionException;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The officers' steps on a request (REQ-4, REQ-5, ORG-3): written disposition by the Chair or Secretary, oral
 * disposition recorded by the official who received it, and the workflow moves that need no outcome yet (start
 * analysis, consult the division and resume, ask the applicant to complete and resume, withdraw). Each step checks
 * that the actor may take it (only the assigned official or the Chair/Secretary above them acts next), moves the
 * state machine and writes a history line. Deciding, extending and delivering come with their own records.
 */
@ApplicationScoped
public class RequestWorkflow {

    /** REQ-4/REQ-5: who disposes requests, and who stands above every assigned official. */
    public static final Set<Role> DISPOSERS = EnumSet.of(Role.CHAIR, Role.SECRETARY);
    /** Officials a request can be disposed to (the Secretary, division and subdivision heads). */
    public static final Set<Role> ASSIGNABLE = EnumSet.of(Role.SECRETARY, Role.DIVISION_HEAD, Role.SUBDIVISION_HEAD);
    /** The desk that hears from the applicant (incomplete / completed / withdrawn). */
    public static final Set<Role> APPLICANT_DESK = EnumSet.of(Role.PPID_OPERATOR, Role.FRONT_OFFICE);
    /** The moves this service takes through {@link #move}; the others have their own steps. */
    public static final Set<RequestTransition> SIMPLE_MOVES = EnumSet.of(RequestTransition.START_ANALYSIS,
            RequestTransition.CONSULT_DIVISION, RequestTransition.RESUME_ANALYSIS, RequestTransition.MARK_INCOMPLETE,
            RequestTransition.COMPLETE, RequestTransition.WITHDRAW);
    static final int MAX_TEXT = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IntakeMail mail;

    @Inject
    private DeadlinePolicy deadlines;

    private final Clock clock = Clock.systemUTC();

    /** The Chair or Secretary disposes the request in writing to an official of the office. */
    @Transactional
    public Disposition dispose(StaffAccount actor, long requestId, DisposeCommand cmd) {
        ServiceRequest request = lockedRequest(actor, requestId);
        if (!actor.hasAnyRole(DISPOSERS)) {
            throw new InvalidInputException(null, "workflow.notAllowed.dispose");
        }
        if (!RequestTransition.DISPOSE.allowedFrom(request.getStatus())) {
            throw new IllegalTransitionException(RequestTransition.DISPOSE, request.getStatus());
        }
        List<Problem> problems = new ArrayList<>();
        StaffAccount to = official(problems, "toOfficial", cmd.toOfficialId(), actor, ASSIGNABLE);
        String instructions = text(problems, "instructions", cmd.instructions(), MAX_TEXT, true);
        if (cmd.priority() == null) {
            problems.add(new Problem("priority", "validation.required"));
        }
        if (cmd.dueBy() != null && cmd.dueBy().isBefore(LocalDate.now(actor.getOffice().getZone()))) {
            problems.add(new Problem("dueBy", "workflow.dueBy.past"));
        }
        if (to != null && to.getId().equals(actor.getId())) {
            problems.add(new Problem("toOfficial", "workflow.dispose.self"));
        }
        InvalidInputException.throwIfAny(problems);
        return disposition(request, DispositionKind.WRITTEN, actor, to, instructions, cmd.priority(), cmd.dueBy(),
                actor.getUsername());
    }

    /**
     * REQ-5: the official who received an oral disposition from the Chair or Secretary records it ("disposisi lisan
     * dari …") and becomes the request's assigned official.
     */
    @Transactional
    public Disposition recordOral(StaffAccount actor, long requestId, Long fromOfficialId, String instructions) {
        ServiceRequest request = lockedRequest(actor, requestId);
        if (!actor.hasAnyRole(ASSIGNABLE)) {
            throw new InvalidInputException(null, "workflow.notAllowed.oral");
        }
        List<Problem> problems = new ArrayList<>();
        StaffAccount from = official(problems, "fromOfficial", fromOfficialId, actor, DISPOSERS);
        String note = text(problems, "oralInstructions", instructions, MAX_TEXT, false);
        if (from != null && from.getId().equals(actor.getId())) {
            problems.add(new Problem("fromOfficial", "workflow.dispose.self"));
        }
        InvalidInputException.throwIfAny(problems);
        return disposition(request, DispositionKind.ORAL, from, actor, note, DispositionPriority.NORMAL, null,
                actor.getUsername());
    }

    /** A move of {@link #SIMPLE_MOVES}; {@code reason} is required to ask for completion or to withdraw. */
    @Transactional
    public RequestStatus move(StaffAccount actor, long requestId, RequestTransition transition, String reason) {
        if (!SIMPLE_MOVES.contains(transition)) {
            throw new InvalidInputException(null, "workflow.ownStep");
        }
        ServiceRequest request = lockedRequest(actor, requestId);
        if (!transition.allowedFrom(request.getStatus())) {
            throw new IllegalTransitionException(transition, request.getStatus());
        }
        if (!mayMove(actor, request, transition)) {
            throw new InvalidInputException(null, "workflow.notAllowed.assignee");
        }
        List<Problem> problems = new ArrayList<>();
        boolean needsReason = transition == RequestTransition.MARK_INCOMPLETE
                || transition == RequestTransition.WITHDRAW;
        String why = text(problems, "reason", reason, 500, needsReason);
        InvalidInputException.throwIfAny(problems);
        RequestStatus from = request.apply(transition);
        Instant now = clock.instant();
        if (transition == RequestTransition.MARK_INCOMPLETE) {
            deadlines.pause(request, now); // the clock stops while the applicant completes it
        } else if (transition == RequestTransition.COMPLETE) {
            deadlines.resume(request, now);
        }
        em.persist(new RequestEvent(request, now, actor.getUsername(), EventAction.STATUS_CHANGED, from,
                request.getStatus(), why));
        mail.queueMilestone(request, why);
        return request.getStatus();
    }

    /** ORG-3: whether {@code actor} may take {@code transition} on the request now (for pages, too). */
    public boolean mayMove(StaffAccount actor, ServiceRequest request, RequestTransition transition) {
        if (!transition.allowedFrom(request.getStatus()) || !sameOffice(actor, request)) {
            return false;
        }
        boolean assignee = request.getAssignee() != null && request.getAssignee().getId().equals(actor.getId());
        boolean superior = actor.hasAnyRole(DISPOSERS);
        return switch (transition) {
            case DISPOSE -> superior;
            case START_ANALYSIS, CONSULT_DIVISION, RESUME_ANALYSIS, EXTEND, DECIDE ->
                    assignee || superior && request.getAssignee() != null;
            case MARK_INCOMPLETE, COMPLETE, WITHDRAW -> assignee || superior || actor.hasAnyRole(APPLICANT_DESK);
            default -> false;
        };
    }

    /** Whether {@code actor} may record an oral disposition on the request now (not when it is already theirs). */
    public boolean mayRecordOral(StaffAccount actor, ServiceRequest request) {
        return sameOffice(actor, request) && actor.hasAnyRole(ASSIGNABLE)
                && RequestTransition.DISPOSE.allowedFrom(request.getStatus())
                && (request.getAssignee() == null || !request.getAssignee().getId().equals(actor.getId()));
    }

    /** The request's dispositions, oldest first (the chain). */
    public List<Disposition> dispositions(ServiceRequest request) {
        return em.createQuery("select d from Disposition d where d.request = :r order by d.id", Disposition.class)
                .setParameter("r", request).getResultList();
    }

    /** A disposition of a request of the actor's office. */
    public Optional<Disposition> disposition(StaffAccount actor, long dispositionId) {
        Disposition d = em.find(Disposition.class, dispositionId);
        return d == null || !sameOffice(actor, d.getRequest()) ? Optional.empty() : Optional.of(d);
    }

    private Disposition disposition(ServiceRequest request, DispositionKind kind, StaffAccount from, StaffAccount to,
            String instructions, DispositionPriority priority, LocalDate dueBy, String recordedBy) {
        List<Disposition> earlier = dispositions(request);
        RequestStatus before = request.apply(RequestTransition.DISPOSE);
        request.assignTo(to);
        Instant now = clock.instant();
        Disposition d = new Disposition(request, kind, from, to, instructions, priority, dueBy, now, recordedBy,
                earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).getId());
        em.persist(d);
        em.persist(new RequestEvent(request, now, recordedBy, EventAction.DISPOSED, before, request.getStatus(),
                (kind == DispositionKind.ORAL ? "oral from " + from.getFullName() : "from " + from.getFullName())
                        + " to " + to.getFullName()));
        return d;
    }

    private StaffAccount official(List<Problem> problems, String field, Long id, StaffAccount actor, Set<Role> roles) {
        StaffAccount official = id == null ? null : em.find(StaffAccount.class, id);
        if (official == null || !official.isActive() || !official.getOffice().getId().equals(actor.getOffice().getId())
                || !official.hasAnyRole(roles)) {
            problems.add(new Problem(field, id == null ? "validation.required" : "workflow.official.invalid"));
            return null;
        }
        return official;
    }

    /** The request of the actor's office, locked for this transaction's step; "not found" for another office. */
    public ServiceRequest lockedRequest(StaffAccount actor, long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !sameOffice(actor, request)) {
            throw new InvalidInputException(null, "workflow.request.notFound");
        }
        return request;
    }

    private static boolean sameOffice(StaffAccount actor, ServiceRequest request) {
        return request.getOffice().getId().equals(actor.getOffice().getId());
    }
}
