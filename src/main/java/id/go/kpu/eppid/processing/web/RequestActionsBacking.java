package id.go.kpu.eppid.processing.web;

import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.Disposition;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.web.RequestPageSteps;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Backs the "Tindakan" panel of a request's staff page: the steps the signed-in official may take now (ORG-3) —
 * written disposition (Chair/Secretary), recording an oral one (the receiving official), and the workflow moves —
 * and the disposition chain with its sheets. After a step the page reloads with the new state and history.
 */
@Named
@ViewScoped
public class RequestActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "act:";

    @Inject
    private transient RequestWorkflow workflow;
    @Inject
    private transient RequestRecords records;
    @Inject
    private transient StaffDirectory staff;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long requestId;
    private Long toOfficialId;
    private DispositionPriority priority = DispositionPriority.NORMAL;
    private LocalDate dueBy;
    private String instructions;
    private Long fromOfficialId;
    private String oralInstructions;
    private String reason;
    private List<RequestTransition> moves = List.of();
    private boolean mayDispose;
    private boolean mayRecordOral;
    private List<Disposition> dispositions = List.of();
    private List<StaffAccount> assignable = List.of();
    private List<StaffAccount> disposers = List.of();

    /** Binds to the request the page shows ({@code ?id=} of the page's first request; the view keeps it). */
    @PostConstruct
    void init() {
        requestId = Faces.longParam("id");
        ServiceRequest r = requestId == null ? null : request();
        if (r != null && r.getAudienceOfficial() != null) {
            fromOfficialId = r.getAudienceOfficial().getId(); // REQ-5: the official the desk took them to
        }
        // What this page offers is fixed for the life of the view: a button clicked on a page that has meanwhile
        // gone stale still names its own step, and the service refuses it with the reason (never another step).
        moves = r == null ? List.of() : RequestWorkflow.SIMPLE_MOVES.stream()
                .filter(t -> workflow.mayMove(me(), r, t)).toList();
        mayDispose = r != null && workflow.mayMove(me(), r, RequestTransition.DISPOSE);
        mayRecordOral = r != null && workflow.mayRecordOral(me(), r);
        dispositions = r == null ? List.of() : workflow.dispositions(r);
        assignable = mayDispose ? others(RequestWorkflow.ASSIGNABLE) : List.of();
        disposers = mayRecordOral ? others(RequestWorkflow.DISPOSERS) : List.of();
    }

    private List<StaffAccount> others(Set<Role> roles) {
        return staff.withAnyRole(currentStaff.officeId(), roles).stream()
                .filter(s -> !s.getId().equals(me().getId())).toList();
    }

    private ServiceRequest request() {
        return requestId == null ? null : records.find(requestId, me()).orElse(null);
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    public String dispose() {
        return act(() -> workflow.dispose(me(), requestId, new DisposeCommand(toOfficialId, instructions, priority,
                dueBy)), "workflow.disposed");
    }

    public String recordOral() {
        return act(() -> workflow.recordOral(me(), requestId, fromOfficialId, oralInstructions), "workflow.oralRecorded");
    }

    public String move(RequestTransition transition) {
        return act(() -> workflow.move(me(), requestId, transition, reason), "workflow.moved");
    }

    private String act(Runnable step, String doneKey) {
        return RequestPageSteps.run(step, doneKey, FORM, requestId);
    }

    /** The moves the signed-in official could take when the page was shown, in workflow order. */
    public List<RequestTransition> getMoves() {
        return moves;
    }

    public boolean isMayDispose() {
        return mayDispose;
    }

    public boolean isMayRecordOral() {
        return mayRecordOral;
    }

    public List<Disposition> getDispositions() {
        return dispositions;
    }

    public List<StaffAccount> getAssignable() {
        return assignable;
    }

    public List<StaffAccount> getDisposers() {
        return disposers;
    }

    public DispositionPriority[] getPriorities() {
        return DispositionPriority.values();
    }

    public Long getToOfficialId() {
        return toOfficialId;
    }

    public void setToOfficialId(Long toOfficialId) {
        this.toOfficialId = toOfficialId;
    }

    public DispositionPriority getPriority() {
        return priority;
    }

    public void setPriority(DispositionPriority priority) {
        this.priority = priority;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Long getFromOfficialId() {
        return fromOfficialId;
    }

    public void setFromOfficialId(Long fromOfficialId) {
        this.fromOfficialId = fromOfficialId;
    }

    public String getOralInstructions() {
        return oralInstructions;
    }

    public void setOralInstructions(String oralInstructions) {
        this.oralInstructions = oralInstructions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
