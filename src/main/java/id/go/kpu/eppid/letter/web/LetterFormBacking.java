package id.go.kpu.eppid.letter.web;

import id.go.kpu.eppid.letter.application.LetterCommand;
import id.go.kpu.eppid.letter.application.LetterFileUpload;
import id.go.kpu.eppid.letter.application.LetterIntake;
import id.go.kpu.eppid.letter.domain.LetterChannel;
import id.go.kpu.eppid.letter.domain.LetterFileKind;
import id.go.kpu.eppid.letter.domain.LetterType;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.web.ReceiptAccess;
import id.go.kpu.eppid.request.web.RequestFields;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.LocaleBean;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs letter intake (REQ-1, REQ-4, CON-1): the letter's particulars, channel (delivered, post, WhatsApp, e-mail,
 * the last two with the sender's contact), the scanned letter, the ID copy and attachments. A letter that is a
 * request for information or consultation also carries the request's fields ({@link RequestFields}) and becomes a
 * request in the same step, with the same numbering, deadline and receipt as any other.
 */
@Named
@ViewScoped
public class LetterFormBacking extends RequestFields {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LetterIntake intake;
    @Inject
    private transient RequestUploads uploads;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private ReceiptAccess receipts;
    @Inject
    private LocaleBean localeBean;

    private LetterChannel channel = LetterChannel.DELIVERED;
    private String senderContact;
    private String letterNumber;
    private LocalDate letterDate;
    private String sender;
    private String letterSubject;
    private String addressedTo;
    private LocalDateTime receivedAt;
    private LetterType type = LetterType.INFORMATION_REQUEST;
    private final List<AcceptedFile> attachments = new ArrayList<>();
    private final String submissionKey = UUID.randomUUID().toString();
    private LetterIntake.Result result;

    public void load() {
        if (!currentStaff.hasAnyRole(Role.DESK_INTAKE)) {
            Faces.forbidden();
            return;
        }
        if (addressedTo == null) {
            addressedTo = Faces.messages().get("letter.addressedTo.default", currentStaff.getOffice().getName());
            receivedAt = LocalDateTime.now(currentStaff.getOffice().getZone()).truncatedTo(ChronoUnit.MINUTES);
        }
    }

    public void uploadAttachment(FileUploadEvent event) {
        try {
            attachments.add(uploads.accept(FileKind.ATTACHMENT, event.getFile().getFileName(),
                    event.getFile().getSize(), event.getFile().getInputStream()));
        } catch (InvalidInputException e) {
            show(e);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IOException e) {
            Faces.error(FORM + "attachment", "upload.failed");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void removeAttachment(AcceptedFile file) {
        attachments.remove(file);
        discard(file);
    }

    public synchronized String submit() {
        if (result == null) {
            List<LetterFileUpload> files = new ArrayList<>();
            if (getRequestLetter() != null) {
                files.add(new LetterFileUpload(LetterFileKind.LETTER_SCAN, getRequestLetter()));
            }
            if (getIdScan() != null) {
                files.add(new LetterFileUpload(LetterFileKind.ID_COPY, getIdScan()));
            }
            attachments.forEach(a -> files.add(new LetterFileUpload(LetterFileKind.ATTACHMENT, a)));
            Channel requestChannel = channel == null ? Channel.LETTER : channel.requestChannel();
            try {
                result = intake.register(currentStaff.officeId(),
                        new LetterCommand(letterNumber, letterDate, sender, senderContact, letterSubject, addressedTo,
                                receivedAt, channel, type),
                        files,
                        isRequest() ? command(currentStaff.officeId(), getKind(), requestChannel, submissionKey,
                                localeBean.getLocale()) : null,
                        currentStaff.get().getUsername());
            } catch (InvalidInputException e) {
                show(e);
                Faces.error(null, "form.fixErrors");
                return null;
            }
        }
        Faces.info(null, "letter.registered", result.letter().getAgendaNumber());
        Faces.keepMessages();
        if (result.receipt() != null) {
            receipts.grant(result.receipt());
        }
        return "/staff/letters/letter?faces-redirect=true&id=" + result.letter().getId();
    }

    public boolean isRequest() {
        return type != null && type.requestKind() != null;
    }

    @Override
    public RequestKind getKind() {
        return type == null ? null : type.requestKind();
    }

    /** The scanned letter is always required: it is what is registered. */
    @Override
    public boolean isLetterRequired() {
        return true;
    }

    @Override
    public String getLetterHintKey() {
        return "letter.scan.hint";
    }

    @Override
    public boolean isIdScanOptional() {
        return !isRequest();
    }

    public LetterChannel[] getChannels() {
        return LetterChannel.values();
    }

    public LetterType[] getTypes() {
        return LetterType.values();
    }

    public boolean isContactNeeded() {
        return channel != null && channel.needsSenderContact();
    }

    public List<AcceptedFile> getAttachments() {
        return attachments;
    }

    public LetterChannel getChannel() {
        return channel;
    }

    public void setChannel(LetterChannel channel) {
        this.channel = channel;
    }

    public String getSenderContact() {
        return senderContact;
    }

    public void setSenderContact(String senderContact) {
        this.senderContact = senderContact;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getLetterSubject() {
        return letterSubject;
    }

    public void setLetterSubject(String letterSubject) {
        this.letterSubject = letterSubject;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public void setAddressedTo(String addressedTo) {
        this.addressedTo = addressedTo;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public LetterType getType() {
        return type;
    }

    public void setType(LetterType type) {
        this.type = type;
    }
}
