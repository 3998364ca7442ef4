package id.go.kpu.eppid.processing.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.processing.domain.Classification;
import id.go.kpu.eppid.processing.domain.ClassificationRules;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.processing.domain.DecisionRules;
import id.go.kpu.eppid.processing.domain.ExceptionCategory;
import id.go.kpu.eppid.processing.domain.RequestAnalysis;
import id.go.kpu.eppid.processing.domain.RequestedItem;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IllegalTransitionException;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assigned official's analysis of an information request and its outcome (REQ-4, REQ-6, LAW-1, LAW-2):
 * identification, whether the office holds the information, notes of the consultation with the division, the data
 * prepared (files checked by content), the requested items each classified, the decision (granted, partly granted,
 * refused under Pasal 17, not held) and the one extension of the deadline. Only the assigned official, or the Chair
 * or Secretary above them, works on it (ORG-3); every step is in the request's history.
 */
@ApplicationScoped
public class RequestDecisions {

    /** States in which the official works on the analysis. */
    public static final Set<RequestStatus> WORKING = EnumSet.of(RequestStatus.IN_ANALYSIS,
            RequestStatus.CONSULTING_DIVISION, RequestStatus.EXTENDED);
    static final int MAX_TEXT = 8000;
    static final int MAX_ITEMS = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestWorkflow workflow;
    @Inject
    private ExceptionCategories categories;
    @Inject
    private RequestUploads uploads;
    @Inject
    private DeadlinePolicy deadlines;
    @Inject
    private IntakeMail mail;

    private final Clock clock = Clock.systemUTC();

    /** The fields of the analysis form. */
    public record AnalysisInput(String identification, Boolean held, String holderBody, String divisionNotes) {
    }

    /** The fields of one item's classification. */
    public record ItemInput(String description, Classification classification, String categoryCode, String harm,
            String publicInterest, String legalBasis, String redaction) {
    }

    /** The analysis of a request, if one was started. */
    public Optional<RequestAnalysis> analysis(ServiceRequest request) {
        return Optional.ofNullable(em.find(RequestAnalysis.class, request.getId()));
    }

    /** The requested items in order. */
    public List<RequestedItem> items(ServiceRequest request) {
        return em.createQuery("select i from RequestedItem i left join fetch i.category where i.request = :r "
                + "order by i.position", RequestedItem.class).setParameter("r", request).getResultList();
    }

    /** ORG-3: may the actor work on the analysis now (the assignee, or the Chair/Secretary above them)? */
    public boolean mayAnalyse(StaffAccount actor, ServiceRequest request) {
        return request.getKind() == RequestKind.INFORMATION && WORKING.contains(request.getStatus())
                && workflow.mayMove(actor, request, RequestTransition.DECIDE);
    }

    /** The longest extension the request's deadline regime allows (LAW-1: 7 working days; 0 when none). */
    public int maxExtension(ServiceRequest request) {
        return deadlines.maxExtension(request);
    }

    /** May the actor extend the deadline now (LAW-1: once)? */
    public boolean mayExtend(StaffAccount actor, ServiceRequest request) {
        return workflow.mayMove(actor, request, RequestTransition.EXTEND) && deadlines.maxExtension(request) > 0
                && analysis(request).map(a -> !a.isExtended()).orElse(true);
    }

    /** May the actor move a walk-in's "immediately available" request to the standard 10 working days (REQ-5)? */
    public boolean mayServeAsStandard(StaffAccount actor, ServiceRequest request) {
        return DeadlinePolicy.scope(request) == RegimeScope.INFORMATION_IMMEDIATE && mayAnalyse(actor, request);
    }

    /**
     * REQ-5 → LAW-1: the information the desk judged immediately available is not at hand after all; the request runs
     * under the standard regime (10 working days from receipt, extension allowed), with the reason in the history and
     * the applicant told the new due date.
     */
    @Transactional
    public Instant serveAsStandard(StaffAccount actor, long requestId, String reason) {
        ServiceRequest request = workable(actor, requestId);
        if (DeadlinePolicy.scope(request) != RegimeScope.INFORMATION_IMMEDIATE) {
            throw new InvalidInputException(null, "immediate.notImmediate");
        }
        List<Problem> problems = new ArrayList<>();
        String why = text(problems, "standardReason", reason, MAX_TEXT, true);
        InvalidInputException.throwIfAny(problems);
        String before = request.getRegime().getCode();
        Instant due = deadlines.reschedule(request, RegimeScope.INFORMATION).dueAt();
        history(request, actor, EventAction.REGIME_CHANGED, null,
                before + " → " + request.getRegime().getCode() + ": " + why);
        mail.queueDueChanged(request, why);
        return due;
    }

    /** Records identification, holding and the division's notes. */
    @Transactional
    public RequestAnalysis recordAnalysis(StaffAccount actor, long requestId, AnalysisInput in) {
        ServiceRequest request = workable(actor, requestId);
        List<Problem> problems = new ArrayList<>();
        String identification = text(problems, "identification", in.identification(), MAX_TEXT, true);
        if (in.held() == null) {
            problems.add(new Problem("held", "validation.required"));
        }
        String holder = text(problems, "holderBody", in.holderBody(), RequestAnalysis.HOLDER_LENGTH,
                Boolean.FALSE.equals(in.held()));
        String notes = text(problems, "divisionNotes", in.divisionNotes(), MAX_TEXT, false);
        InvalidInputException.throwIfAny(problems);
        RequestAnalysis analysis = analysisFor(request);
        analysis.record(identification, in.held(), holder, notes, actor.getUsername(), clock.instant());
        history(request, actor, EventAction.ANALYSIS_RECORDED, null, Boolean.FALSE.equals(in.held())
                ? "not held; held by " + holder : Boolean.TRUE.equals(in.held()) ? "held" : null);
        return analysis;
    }

    /** Adds a requested item ({@code itemId == null}) or changes one, with its classification (REQ-6, LAW-2). */
    @Transactional
    public RequestedItem saveItem(StaffAccount actor, long requestId, Long itemId, ItemInput in) {
        ServiceRequest request = workable(actor, requestId);
        List<Problem> problems = new ArrayList<>();
        String description = text(problems, "description", in.description(), RequestedItem.DESCRIPTION_LENGTH, true);
        String harm = text(problems, "harm", in.harm(), MAX_TEXT, false);
        String interest = text(problems, "publicInterest", in.publicInterest(), MAX_TEXT, false);
        String basis = text(problems, "legalBasis", in.legalBasis(), RequestedItem.LEGAL_BASIS_LENGTH, false);
        String redaction = text(problems, "redaction", in.redaction(), MAX_TEXT, false);
        ExceptionCategory category = null;
        if (in.classification() != null && in.classification().withholds() && in.categoryCode() != null) {
            category = categories.find(in.categoryCode()).orElse(null);
            if (category == null) {
                problems.add(new Problem("category", "decision.category.unknown"));
            }
        }
        for (String field : ClassificationRules.missing(in.classification(), in.categoryCode(), harm, interest,
                basis, redaction)) {
            if (problems.stream().noneMatch(p -> field.equals(p.field()))) {
                problems.add(new Problem(field, "classification.missing." + field));
            }
        }
        List<RequestedItem> items = items(request);
        RequestedItem item = null;
        if (itemId != null) {
            item = items.stream().filter(i -> i.getId().equals(itemId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(null, "decision.item.notFound"));
        } else if (items.size() >= MAX_ITEMS) {
            problems.add(new Problem(null, "decision.items.tooMany", MAX_ITEMS));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        if (item == null) {
            int position = items.isEmpty() ? 1 : items.get(items.size() - 1).getPosition() + 1;
            item = new RequestedItem(request, position, description);
            em.persist(item);
        } else {
            item.describe(description);
        }
        item.classify(in.classification(), category, harm, interest, basis, redaction, actor.getUsername(), now);
        history(request, actor, EventAction.ITEM_CLASSIFIED, null, "#" + item.getPosition() + " "
                + in.classification() + (category == null ? "" : " (" + category.getArticle() + ")"));
        return item;
    }

    /** Removes an item that was identified by mistake (before the decision). */
    @Transactional
    public void removeItem(StaffAccount actor, long requestId, long itemId) {
        ServiceRequest request = workable(actor, requestId);
        RequestedItem item = items(request).stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new InvalidInputException(null, "decision.item.notFound"));
        em.remove(item);
        history(request, actor, EventAction.ITEM_CLASSIFIED, null, "#" + item.getPosition() + " removed");
    }

    /**
     * REQ-4: attaches data the official prepared for the applicant. The file was checked by content on upload
     * ({@link RequestUploads#accept} with {@link FileKind#DATA}); it is moved to the permanent store here.
     */
    @Transactional
    public RequestFile attachData(StaffAccount actor, long requestId, AcceptedFile file) {
        ServiceRequest request = workable(actor, requestId);
        if (file.kind() != FileKind.DATA) {
            throw new IllegalArgumentException("not a data file: " + file.kind());
        }
        RequestFile stored = new RequestFile(request, FileKind.DATA, uploads.store(file), clock.instant());
        em.persist(stored);
        history(request, actor, EventAction.DATA_ATTACHED, null, file.originalName());
        return stored;
    }

    /** The analysis as it stands: the record, the items, what still blocks the decision, and where it leads. */
    public record Assessment(RequestAnalysis analysis, List<RequestedItem> items, List<String> problems,
            DecisionOutcome pendingOutcome) {
    }

    /** Reads the analysis and its items once and judges them (REQ-6). */
    public Assessment assess(ServiceRequest request) {
        RequestAnalysis a = analysis(request).orElse(null);
        List<RequestedItem> items = items(request);
        Boolean held = a == null ? null : a.getHeld();
        List<String> problems = DecisionRules.problems(held, a == null ? null : a.getHolderBody(), items);
        return new Assessment(a, items, problems, problems.isEmpty() ? DecisionRules.outcome(held, items) : null);
    }

    /** What still blocks the decision (bundle keys); empty when it can be taken. */
    public List<String> decisionProblems(ServiceRequest request) {
        return assess(request).problems();
    }

    /** The outcome the analysis leads to now, if it is complete. */
    public Optional<DecisionOutcome> pendingOutcome(ServiceRequest request) {
        return Optional.ofNullable(assess(request).pendingOutcome());
    }

    /**
     * REQ-6: decides the request from its analysis — the outcome follows from the classifications, it is not picked
     * by hand — and tells the applicant it is decided. The letter that carries the outcome is drafted next.
     */
    @Transactional
    public DecisionOutcome decide(StaffAccount actor, long requestId, String note) {
        ServiceRequest request = workable(actor, requestId);
        if (!RequestTransition.DECIDE.allowedFrom(request.getStatus())) {
            throw new IllegalTransitionException(RequestTransition.DECIDE, request.getStatus());
        }
        List<Problem> problems = new ArrayList<>();
        Assessment assessment = assess(request);
        assessment.problems().forEach(key -> problems.add(new Problem(null, key)));
        String why = text(problems, "decisionNote", note, MAX_TEXT, false);
        InvalidInputException.throwIfAny(problems);
        RequestAnalysis analysis = assessment.analysis();
        DecisionOutcome outcome = assessment.pendingOutcome();
        Instant now = clock.instant();
        analysis.decide(outcome, why, actor.getUsername(), now);
        RequestStatus from = request.apply(RequestTransition.DECIDE);
        em.persist(new RequestEvent(request, now, actor.getUsername(), EventAction.STATUS_CHANGED, from,
                request.getStatus(), outcome.name()));
        mail.queueMilestone(request, null);
        return outcome;
    }

    /**
     * LAW-1 (UU 14/2008 Pasal 22 ayat 8): extends the deadline once, by at most 7 working days, with a written
     * reason; the applicant is told the new due date. A second extension is refused, even after the request went
     * back to analysis.
     */
    @Transactional
    public Instant extend(StaffAccount actor, long requestId, Integer days, String reason) {
        ServiceRequest request = workflowLocked(actor, requestId);
        if (!RequestTransition.EXTEND.allowedFrom(request.getStatus())) {
            throw new IllegalTransitionException(RequestTransition.EXTEND, request.getStatus());
        }
        if (!workflow.mayMove(actor, request, RequestTransition.EXTEND)) {
            throw new InvalidInputException(null, "workflow.notAllowed.assignee");
        }
        RequestAnalysis analysis = analysisFor(request);
        if (analysis.isExtended()) {
            throw new InvalidInputException(null, "extension.once");
        }
        List<Problem> problems = new ArrayList<>();
        int max = deadlines.maxExtension(request);
        if (max == 0) {
            throw new InvalidInputException(null, "extension.notAllowed");
        }
        if (days == null) {
            problems.add(new Problem("extensionDays", "validation.required"));
        } else if (days < 1 || days > max) {
            problems.add(new Problem("extensionDays", "extension.days.range", max));
        }
        String why = text(problems, "extensionReason", reason, MAX_TEXT, true);
        InvalidInputException.throwIfAny(problems);
        Instant previous = request.getDueAt();
        Instant due = deadlines.extend(request, days);
        Instant now = clock.instant();
        analysis.extend(why, previous, actor.getUsername(), now);
        RequestStatus from = request.apply(RequestTransition.EXTEND);
        em.persist(new RequestEvent(request, now, actor.getUsername(), EventAction.STATUS_CHANGED, from,
                request.getStatus(), "+" + days + " working days"));
        mail.queueMilestone(request, why);
        return due;
    }

    private RequestAnalysis analysisFor(ServiceRequest request) {
        RequestAnalysis analysis = em.find(RequestAnalysis.class, request.getId());
        if (analysis == null) {
            analysis = new RequestAnalysis(request);
            em.persist(analysis);
        }
        return analysis;
    }

    private ServiceRequest workable(StaffAccount actor, long requestId) {
        ServiceRequest request = workflowLocked(actor, requestId);
        if (request.getKind() != RequestKind.INFORMATION) {
            throw new InvalidInputException(null, "decision.informationOnly");
        }
        if (!WORKING.contains(request.getStatus())) {
            throw new InvalidInputException(null, "decision.notInAnalysis");
        }
        if (!workflow.mayMove(actor, request, RequestTransition.DECIDE)) {
            throw new InvalidInputException(null, "workflow.notAllowed.assignee");
        }
        return request;
    }

    private ServiceRequest workflowLocked(StaffAccount actor, long requestId) {
        return workflow.lockedRequest(actor, requestId);
    }

    private void history(ServiceRequest request, StaffAccount actor, EventAction action, RequestStatus to,
            String note) {
        em.persist(new RequestEvent(request, clock.instant(), actor.getUsername(), action, null, to,
                note));
    }

}
