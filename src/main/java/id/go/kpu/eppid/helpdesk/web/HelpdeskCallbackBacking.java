package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskCallbacks;
import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.domain.CallOutcome;
import id.go.kpu.eppid.helpdesk.domain.CallbackReason;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The callbacks (HD-9): on {@code /staff/helpdesk/consultation.xhtml?id=} those of the consultation and scheduling a
 * new one; on {@code /staff/helpdesk/callbacks.xhtml} the office's open callbacks, earliest due first, overdue marked;
 * on both, recording a call and its outcome. For the helpdesk team of the office that received the consultation.
 */
@Named
@ViewScoped
public class HelpdeskCallbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "cb:";

    @Inject
    private transient HelpdeskCallbacks callbacks;
    @Inject
    private transient HelpdeskRecords records;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long consultationId;
    private boolean shown;
    private List<HelpdeskCallbacks.Row> rows;
    private List<StaffAccount> team;

    private CallbackReason callbackReason;
    private String callbackNote;
    private LocalDateTime callbackDue;
    private String callbackAssignee;
    private Long callingId;
    private CallOutcome callOutcome;
    private String callNote;
    private LocalDateTime callNextDue;

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        consultationId = Faces.longParam("id");
        if (consultationId != null) {
            HelpdeskConsultation c = records.find(me, consultationId).orElse(null);
            shown = c != null && HelpdeskRecords.isOrigin(me, c) && me.hasAnyRole(Role.HELPDESK_TEAM);
            rows = shown ? callbacks.of(consultationId) : List.of();
        } else {
            shown = me.hasAnyRole(Role.HELPDESK_TEAM);
            rows = shown ? callbacks.open(me.getOffice().getId()) : List.of();
        }
        team = shown ? callbacks.team(me.getOffice().getId()) : List.of();
        callbackAssignee = me.getUsername();
        callbackDue = LocalDateTime.now(me.getOffice().getZone()).plusHours(1).withMinute(0).withSecond(0).withNano(0);
    }

    private String reload() {
        return consultationId == null ? "/staff/helpdesk/callbacks?faces-redirect=true"
                : "/staff/helpdesk/consultation?faces-redirect=true&id=" + consultationId;
    }

    public String schedule() {
        return PageSteps.run(() -> callbacks.schedule(currentStaff.get(), consultationId, callbackReason, callbackNote,
                callbackDue, callbackAssignee).getAssignee(), "helpdesk.callback.scheduled", FORM, null, reload());
    }

    /** Opens the call form of one callback. */
    public void calling(long callbackId) {
        callingId = callbackId;
    }

    public String record() {
        return PageSteps.run(() -> callbacks.record(currentStaff.get(), callingId, callOutcome, callNote, callNextDue)
                .getId(), "helpdesk.callback.recorded", FORM, null, reload());
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isForConsultation() {
        return consultationId != null;
    }

    public List<HelpdeskCallbacks.Row> getRows() {
        return rows;
    }

    public List<StaffAccount> getTeam() {
        return team;
    }

    public List<CallbackReason> getReasons() {
        return List.of(CallbackReason.values());
    }

    public List<CallOutcome> getOutcomes() {
        return List.of(CallOutcome.values());
    }

    public CallbackReason getCallbackReason() {
        return callbackReason;
    }

    public void setCallbackReason(CallbackReason callbackReason) {
        this.callbackReason = callbackReason;
    }

    public String getCallbackNote() {
        return callbackNote;
    }

    public void setCallbackNote(String callbackNote) {
        this.callbackNote = callbackNote;
    }

    public LocalDateTime getCallbackDue() {
        return callbackDue;
    }

    public void setCallbackDue(LocalDateTime callbackDue) {
        this.callbackDue = callbackDue;
    }

    public String getCallbackAssignee() {
        return callbackAssignee;
    }

    public void setCallbackAssignee(String callbackAssignee) {
        this.callbackAssignee = callbackAssignee;
    }

    public Long getCallingId() {
        return callingId;
    }

    public CallOutcome getCallOutcome() {
        return callOutcome;
    }

    public void setCallOutcome(CallOutcome callOutcome) {
        this.callOutcome = callOutcome;
    }

    public String getCallNote() {
        return callNote;
    }

    public void setCallNote(String callNote) {
        this.callNote = callNote;
    }

    public LocalDateTime getCallNextDue() {
        return callNextDue;
    }

    public void setCallNextDue(LocalDateTime callNextDue) {
        this.callNextDue = callNextDue;
    }
}
