package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskForms;
import id.go.kpu.eppid.helpdesk.application.HelpdeskRatings;
import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskForm;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.web.SurveyBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the form and rating part of {@code /staff/helpdesk/consultation.xhtml} (HD-7, HD-9, HD-12) for the helpdesk
 * team of the office that received a consultation whose answer was understood: print the form for checking, record a
 * correction as a new version, the two copies to sign, the party's and then the officer's signature on screen or the
 * signed paper scanned back, the hand-over of the party's copy; then the satisfaction rating on this screen or by a
 * link mailed to the party. After a step the page reloads.
 */
@Named
@ViewScoped
public class HelpdeskPaperBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "paper:";

    @Inject
    private transient HelpdeskRecords records;
    @Inject
    private transient HelpdeskForms forms;
    @Inject
    private transient HelpdeskRatings ratings;
    @Inject
    private transient RequestUploads uploads;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long id;
    private boolean shown;
    private boolean hasEmail;
    private List<HelpdeskForm> versions;
    private HelpdeskForm latest;
    private SurveyResponse survey;

    private String correctionNote;
    private String formProblem;
    private String formAnswer;
    private String formReferences;
    private String partySignature;
    private String partySignatureJson;
    private String officerSignature;
    private String officerSignatureJson;
    private String handedTo;

    @PostConstruct
    void init() {
        id = Faces.longParam("id");
        StaffAccount me = currentStaff.get();
        HelpdeskConsultation c = id == null ? null : records.find(me, id).orElse(null);
        shown = c != null && c.hasForm() && HelpdeskRecords.isOrigin(me, c) && me.hasAnyRole(Role.HELPDESK_TEAM);
        if (!shown) {
            return;
        }
        hasEmail = c.getEmail() != null;
        versions = forms.versions(id);
        latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        survey = ratings.survey(id).orElse(null);
        formProblem = c.getProblem();
        formAnswer = c.getAnswer();
        formReferences = c.getAnswerReferences();
        handedTo = c.getRepresentative();
    }

    private String step(Runnable step, String doneKey) {
        return PageSteps.run(() -> {
            step.run();
            return null;
        }, doneKey, FORM, null, reload());
    }

    private String reload() {
        return "/staff/helpdesk/consultation?faces-redirect=true&id=" + id;
    }

    public String print() {
        return step(() -> forms.print(currentStaff.get(), id), "helpdesk.form.printed");
    }

    public String correct() {
        return step(() -> forms.correct(currentStaff.get(), id, correctionNote, formProblem, formAnswer,
                formReferences), "helpdesk.form.corrected");
    }

    public String signByParty() {
        return step(() -> forms.signByParty(currentStaff.get(), id, partySignature), "helpdesk.form.partySigned");
    }

    public String signByOfficer() {
        return step(() -> forms.signByOfficer(currentStaff.get(), id, officerSignature, Faces.messages()),
                "helpdesk.form.officerSigned");
    }

    public String handOver() {
        return step(() -> forms.handOver(currentStaff.get(), id, handedTo), "helpdesk.form.handedOver");
    }

    /** HD-9: the signed paper form, scanned; checked by content, then attached to the last version. */
    public void uploadScan(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        PageSteps.upload(FORM, "formScan", () -> {
            AcceptedFile accepted = uploads.accept(FileKind.ATTACHMENT, "formScan", file.getFileName(),
                    file.getSize(), file.getInputStream());
            forms.attachScan(currentStaff.get(), id, accepted);
            Faces.info(null, "helpdesk.form.scanned", accepted.originalName());
            Faces.keepMessages();
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/staff/helpdesk/consultation.xhtml?id=" + id);
        });
    }

    /** HD-12: the survey on this screen, turned to the party; the survey page knows it was opened at the desk. */
    public String rateAtDesk() {
        try {
            return SurveyBacking.openAtDesk(ratings.atDesk(currentStaff.get(), id));
        } catch (InvalidInputException e) {
            Faces.show(e, FORM, null);
            return null;
        }
    }

    public String sendRatingLink() {
        return step(() -> ratings.sendLink(currentStaff.get(), id), "helpdesk.rating.linkSent");
    }

    public long getMaxScanBytes() {
        return uploads.maxBytes(FileKind.ATTACHMENT);
    }

    /** The part is shown to the receiving office's team once the answer was understood. */
    public boolean isShown() {
        return shown;
    }

    public boolean isHasEmail() {
        return hasEmail;
    }

    public List<HelpdeskForm> getVersions() {
        return versions;
    }

    public HelpdeskForm getLatest() {
        return latest;
    }

    public boolean isMayCorrect() {
        return latest != null && latest.isOpenForCorrection();
    }

    public boolean isMayPartySign() {
        return isMayCorrect();
    }

    public boolean isMayOfficerSign() {
        return latest != null && latest.getPartySignedAt() != null && latest.getOfficerSignedAt() == null;
    }

    public boolean isMayScan() {
        return latest != null && !isMayOfficerSign();
    }

    public boolean isMayHandOver() {
        return latest != null && latest.isSigned() && latest.getHandedAt() == null;
    }

    public SurveyResponse getSurvey() {
        return survey;
    }

    public boolean isRated() {
        return survey != null && survey.isSubmitted();
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }

    public String getFormProblem() {
        return formProblem;
    }

    public void setFormProblem(String formProblem) {
        this.formProblem = formProblem;
    }

    public String getFormAnswer() {
        return formAnswer;
    }

    public void setFormAnswer(String formAnswer) {
        this.formAnswer = formAnswer;
    }

    public String getFormReferences() {
        return formReferences;
    }

    public void setFormReferences(String formReferences) {
        this.formReferences = formReferences;
    }

    public String getPartySignature() {
        return partySignature;
    }

    public void setPartySignature(String partySignature) {
        this.partySignature = partySignature;
    }

    public String getPartySignatureJson() {
        return partySignatureJson;
    }

    public void setPartySignatureJson(String partySignatureJson) {
        this.partySignatureJson = partySignatureJson;
    }

    public String getOfficerSignature() {
        return officerSignature;
    }

    public void setOfficerSignature(String officerSignature) {
        this.officerSignature = officerSignature;
    }

    public String getOfficerSignatureJson() {
        return officerSignatureJson;
    }

    public void setOfficerSignatureJson(String officerSignatureJson) {
        this.officerSignatureJson = officerSignatureJson;
    }

    public String getHandedTo() {
        return handedTo;
    }

    public void setHandedTo(String handedTo) {
        this.handedTo = handedTo;
    }
}
