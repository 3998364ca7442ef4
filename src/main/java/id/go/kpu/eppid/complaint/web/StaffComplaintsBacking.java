package id.go.kpu.eppid.complaint.web;

import id.go.kpu.eppid.complaint.application.Complaints;
import id.go.kpu.eppid.complaint.domain.Complaint;
import id.go.kpu.eppid.complaint.domain.ComplaintChannel;
import id.go.kpu.eppid.complaint.domain.ComplaintKind;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.web.OptionalAttachment;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code /staff/complaints.xhtml} (REQ-9): the office's complaints, suggestions and appreciation of the year
 * with counts by kind, open ones and the average time to answer; the Chair or Secretary answers each; the desk
 * registers those that came by letter, e-mail or in person.
 */
@Named
@ViewScoped
public class StaffComplaintsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Complaints complaints;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient RequestUploads uploads;

    private List<Complaint> rows;
    private Complaints.Figures figures;
    private final Map<Long, String> responses = new HashMap<>();
    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private ComplaintChannel channel = ComplaintChannel.LETTER;
    private LocalDate receivedOn;
    private String text;
    private String senderName;
    private String senderContact;
    private final OptionalAttachment attachment = new OptionalAttachment("cd:", "complaintAttachment");

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        receivedOn = LocalDate.now(me.getOffice().getZone());
        rows = complaints.of(me.getOffice().getId(), receivedOn.getYear());
        figures = Complaints.figures(rows);
    }

    /** Sends a 404 to staff who do not handle complaints. */
    public void check() {
        if (!currentStaff.get().hasAnyRole(Complaints.READERS)) {
            Faces.notFound();
        }
    }

    public String answer(long id) {
        return PageSteps.run(() -> complaints.answer(currentStaff.get(), id, responses.get(id)).getNumber(),
                "complaint.answered", "answer" + id + ":", null, "/staff/complaints?faces-redirect=true");
    }

    public String register() {
        String outcome = PageSteps.run(() -> complaints.registerAtDesk(currentStaff.get(), channel, receivedOn,
                new Complaints.Input(kind, text, senderName, senderContact, attachment.getFile())).getNumber(),
                "complaint.registered", "cd:", null, "/staff/complaints?faces-redirect=true");
        if (outcome != null) {
            attachment.sent();
        }
        return outcome;
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

    public boolean isMayAnswer() {
        return currentStaff.get().hasAnyRole(Complaints.ANSWERERS);
    }

    public List<ComplaintKind> getKinds() {
        return List.of(ComplaintKind.values());
    }

    public List<ComplaintChannel> getChannels() {
        return List.of(ComplaintChannel.LETTER, ComplaintChannel.EMAIL, ComplaintChannel.DESK);
    }

    public List<Complaint> getRows() {
        return rows;
    }

    public Complaints.Figures getFigures() {
        return figures;
    }

    public Map<Long, String> getResponses() {
        return responses;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
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
