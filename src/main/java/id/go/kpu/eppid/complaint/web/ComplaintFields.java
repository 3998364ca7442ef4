package id.go.kpu.eppid.complaint.web;

import id.go.kpu.eppid.complaint.application.Complaints;
import id.go.kpu.eppid.complaint.domain.ComplaintKind;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.web.OptionalAttachment;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The fields of a complaint, suggestion or appreciation wherever it is entered (the public form, the desk): kind,
 * text, the sender's name and contact (optional), and an optional attachment checked by content. Used with
 * {@code /WEB-INF/includes/complaintFields.xhtml}.
 */
public abstract class ComplaintFields implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestUploads uploads;

    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private String text;
    private String senderName;
    private String senderContact;
    private final OptionalAttachment attachment;

    /** @param formPrefix the client-id prefix of the form the fields are in, e.g. {@code "cmp:"} */
    protected ComplaintFields(String formPrefix) {
        attachment = new OptionalAttachment(formPrefix, "complaintAttachment");
    }

    /** What was entered, for {@link Complaints}. */
    protected Complaints.Input input() {
        return new Complaints.Input(kind, text, senderName, senderContact, attachment.getFile());
    }

    /** After a successful step the file belongs to the complaint; the message is cleared. */
    protected void sent() {
        attachment.sent();
        text = null;
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

    public List<ComplaintKind> getKinds() {
        return List.of(ComplaintKind.values());
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
