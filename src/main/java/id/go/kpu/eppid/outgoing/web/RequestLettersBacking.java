package id.go.kpu.eppid.outgoing.web;

import id.go.kpu.eppid.outgoing.application.LetterTemplates;
import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.LetterStatus;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.web.RequestPageSteps;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs the "Surat Keluar" panel of a request's staff page (REQ-4, REQ-6): the request's letters with their PDFs;
 * drafting an offered letter type with the signing official and language; editing a draft's text; approval by the
 * chosen signer; cancelling a draft. Reads the request from {@code ?id=} like the actions panel; after a step the page
 * reloads with the new state and history.
 */
@Named
@ViewScoped
public class RequestLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "letters:";

    /** One letter as the panel shows it, with what the signed-in official may do with it. */
    public record LetterRow(long id, OutgoingLetterType type, String number, LetterStatus status, String signer,
            String approvedBy, Instant approvedAt, String subject, String body, boolean mayEdit, boolean mayApprove,
            boolean mayCancel) implements Serializable {
    }

    /** A signing official to choose. */
    public record SignerOption(long id, String label) implements Serializable {
    }

    @Inject
    private transient OutgoingLetters letters;
    @Inject
    private transient RequestRecords records;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long requestId;
    private List<LetterRow> rows = List.of();
    private List<OutgoingLetterType> offered = List.of();
    private List<SignerOption> signers = List.of();
    private OutgoingLetterType type;
    private Long signerId;
    private String language = "id";
    private Long editId;
    private String subject;
    private String body;
    private String cancelReason;

    @PostConstruct
    void init() {
        requestId = Faces.longParam("id");
        ServiceRequest r = requestId == null ? null : records.find(requestId, me()).orElse(null);
        if (r == null) {
            return;
        }
        offered = List.copyOf(letters.offeredTypes(me(), r));
        rows = letters.letters(r).stream().map(this::row).toList();
    }

    private LetterRow row(OutgoingLetter l) {
        StaffAccount me = me();
        return new LetterRow(l.getId(), l.getType(), l.getNumber(), l.getStatus(),
                l.getSigner().getFullName() + (l.getSigner().getPositionTitle() == null ? ""
                        : " — " + l.getSigner().getPositionTitle()),
                l.getApprovedBy(), l.getApprovedAt(), l.getSubject(), l.getBody(), letters.mayEdit(me, l),
                letters.mayApprove(me, l), letters.mayCancel(me, l));
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    /** The type was chosen: offer the officials who may sign it. */
    public void typeChanged() {
        signerId = null;
        signers = type == null ? List.of() : letters.signers(me(), type).stream()
                .map(s -> new SignerOption(s.getId(), s.getFullName()
                        + (s.getPositionTitle() == null ? "" : " — " + s.getPositionTitle())))
                .toList();
        if (signers.size() == 1) {
            signerId = signers.get(0).id();
        }
    }

    public String draft() {
        return act(() -> {
            letters.draft(me(), requestId, type, signerId, language);
            return null;
        }, "outgoing.drafted");
    }

    /** Opens a draft in the editor. */
    public void edit(long letterId) {
        rows.stream().filter(r -> r.id() == letterId && r.mayEdit()).findFirst().ifPresent(r -> {
            editId = r.id();
            subject = r.subject();
            body = r.body();
        });
    }

    public void closeEditor() {
        editId = null;
    }

    public String save() {
        return act(() -> {
            letters.updateDraft(me(), editId, subject, body);
            return null;
        }, "outgoing.saved");
    }

    public String approve(long letterId) {
        return act(() -> letters.approve(me(), letterId).getNumber(), "outgoing.approvedDone");
    }

    public String cancel() {
        return act(() -> {
            letters.cancel(me(), editId, cancelReason);
            return null;
        }, "outgoing.cancelled");
    }

    private String act(Supplier<String> step, String doneKey) {
        return RequestPageSteps.run(step, doneKey, FORM, requestId);
    }

    public List<LetterRow> getRows() {
        return rows;
    }

    public List<OutgoingLetterType> getOffered() {
        return offered;
    }

    public List<SignerOption> getSigners() {
        return signers;
    }

    public List<String> getLanguages() {
        return LetterTemplates.LANGUAGES;
    }

    public LetterRow getEditing() {
        return editId == null ? null : rows.stream().filter(r -> r.id() == editId).findFirst().orElse(null);
    }

    public OutgoingLetterType getType() {
        return type;
    }

    public void setType(OutgoingLetterType type) {
        this.type = type;
    }

    public Long getSignerId() {
        return signerId;
    }

    public void setSignerId(Long signerId) {
        this.signerId = signerId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
