package id.go.kpu.eppid.complaint.web;

import id.go.kpu.eppid.complaint.application.Complaints;
import id.go.kpu.eppid.complaint.domain.Complaint;
import id.go.kpu.eppid.complaint.domain.ComplaintKind;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.web.OptionalAttachment;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs the public {@code /complaint.xhtml?office=5371} (REQ-9): a complaint, suggestion or appreciation to an
 * office's Chair — name and contact optional — with an optional attachment; the sender gets its number.
 */
@Named
@ViewScoped
public class ComplaintFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cmp:";

    @Inject
    private transient Complaints complaints;
    @Inject
    private transient OfficeDirectory offices;
    @Inject
    private transient RequestUploads uploads;

    private Long officeId;
    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private String text;
    private String senderName;
    private String senderContact;
    private final OptionalAttachment attachment = new OptionalAttachment(FORM, "complaintAttachment");
    private String sentNumber;

    @PostConstruct
    void init() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("office");
        officeId = code == null ? null : offices.findByCode(code).map(Office::getId).orElse(null);
    }

    public void submit() {
        try {
            Complaint c = complaints.submit(officeId == null ? -1 : officeId, new Complaints.Input(kind, text,
                    senderName, senderContact, attachment.getFile()));
            attachment.sent();
            sentNumber = c.getNumber();
            text = null;
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void uploadAttachment(FileUploadEvent event) {
        attachment.upload(event, uploads);
    }

    public void removeAttachment() {
        attachment.remove(uploads);
    }

    public AcceptedFile getAttachment() {
        return attachment.getFile();
    }

    public long getMaxAttachmentBytes() {
        return uploads.maxBytes(FileKind.ATTACHMENT);
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<ComplaintKind> getKinds() {
        return List.of(ComplaintKind.values());
    }

    public String getSentNumber() {
        return sentNumber;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getSenderContact() {
        return senderContact;
    }

    public void setSenderContact(String senderContact) {
        this.senderContact = senderContact;
    }
}
