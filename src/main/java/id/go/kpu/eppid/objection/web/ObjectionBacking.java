package id.go.kpu.eppid.objection.web;

import id.go.kpu.eppid.objection.application.Objections;
import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /staff/objection.xhtml?id=} (LAW-3): one objection of the office — the request, grounds, statement and
 * attachment, when the reason arose and the window closed, the superior's due date; the Chair's answer (upholding
 * the PPID or ordering disclosure, with reasons; the answer letter is then drafted on the request); and the dispute
 * at the Information Commission.
 */
@Named
@ViewScoped
public class ObjectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "od:";

    @Inject
    private transient Objections objections;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long id;
    private Objection objection;
    private ObjectionDecision decision;
    private String reason;
    private LocalDate disputeFiledOn;
    private String disputeNumber;
    private DisputeOutcome disputeOutcome;
    private LocalDate disputeDecidedOn;
    private String disputeNote;

    @PostConstruct
    void init() {
        id = Faces.longParam("id");
        StaffAccount me = currentStaff.get();
        objection = id == null ? null : objections.find(me, id).orElse(null);
        if (objection != null && objection.getDisputeOutcome() != null) {
            disputeFiledOn = objection.getDisputeFiledOn();
            disputeNumber = objection.getDisputeNumber();
            disputeOutcome = objection.getDisputeOutcome();
            disputeDecidedOn = objection.getDisputeDecidedOn();
            disputeNote = objection.getDisputeNote();
        }
    }

    /** Sends a 404 for an objection that is not the office's. */
    public void check() {
        if (objection == null) {
            Faces.notFound();
        }
    }

    private String reload() {
        return "/staff/objection?faces-redirect=true&id=" + id;
    }

    public String decide() {
        return PageSteps.run(() -> objections.decide(currentStaff.get(), id, decision, reason).getNumber(),
                "objection.decided", FORM, null, reload());
    }

    public String recordDispute() {
        return PageSteps.run(() -> objections.recordDispute(currentStaff.get(), id, new Objections.DisputeInput(
                disputeFiledOn, disputeNumber, disputeOutcome, disputeDecidedOn, disputeNote)).getNumber(),
                "objection.dispute.recorded", FORM, null, reload());
    }

    public boolean isMayDecide() {
        return objection != null && !objection.isDecided() && currentStaff.get().hasAnyRole(Objections.DECIDERS);
    }

    public boolean isMayRecordDispute() {
        return objection != null && objection.isDecided() && currentStaff.get().hasAnyRole(Objections.DESK);
    }

    public boolean isLate() {
        return objection != null && objection.isLate(Instant.now());
    }

    public String getGrounds() {
        return objection == null ? "" : Objections.grounds(objection, Faces.messages());
    }

    public List<ObjectionDecision> getDecisions() {
        return List.of(ObjectionDecision.values());
    }

    public List<DisputeOutcome> getDisputeOutcomes() {
        return List.of(DisputeOutcome.values());
    }

    public Objection getObjection() {
        return objection;
    }

    public ObjectionDecision getDecision() {
        return decision;
    }

    public void setDecision(ObjectionDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDisputeFiledOn() {
        return disputeFiledOn;
    }

    public void setDisputeFiledOn(LocalDate disputeFiledOn) {
        this.disputeFiledOn = disputeFiledOn;
    }

    public String getDisputeNumber() {
        return disputeNumber;
    }

    public void setDisputeNumber(String disputeNumber) {
        this.disputeNumber = disputeNumber;
    }

    public DisputeOutcome getDisputeOutcome() {
        return disputeOutcome;
    }

    public void setDisputeOutcome(DisputeOutcome disputeOutcome) {
        this.disputeOutcome = disputeOutcome;
    }

    public LocalDate getDisputeDecidedOn() {
        return disputeDecidedOn;
    }

    public void setDisputeDecidedOn(LocalDate disputeDecidedOn) {
        this.disputeDecidedOn = disputeDecidedOn;
    }

    public String getDisputeNote() {
        return disputeNote;
    }

    public void setDisputeNote(String disputeNote) {
        this.disputeNote = disputeNote;
    }
}
