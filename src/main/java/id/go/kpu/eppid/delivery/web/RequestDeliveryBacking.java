package id.go.kpu.eppid.delivery.web;

import id.go.kpu.eppid.delivery.application.HandOverCommand;
import id.go.kpu.eppid.delivery.application.HandOvers;
import id.go.kpu.eppid.delivery.domain.HandOver;
import id.go.kpu.eppid.delivery.domain.HandOverContent;
import id.go.kpu.eppid.delivery.domain.HandOverMethod;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.web.RequestPageSteps;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the "Penyerahan" panel of a request page (REQ-4 steps 11 and 13, REQ-5): the hand-overs written in the
 * expedition book, and the form to record one — what, how, to whom, the recipient's signature for a collection, the
 * prepared WhatsApp link. Shown once the request is decided.
 */
@Named
@ViewScoped
public class RequestDeliveryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "dl:";

    @Inject
    private transient HandOvers handOvers;
    @Inject
    private transient RequestRecords records;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long requestId;
    private boolean mayHandOver;
    private boolean dataMayGoAlone;
    private List<HandOver> done = List.of();
    private List<OutgoingLetter> letters = List.of();
    private List<RequestFile> dataFiles = List.of();
    private String applicantEmail;
    private String applicantPhone;
    private String applicantAddress;

    private HandOverContent content;
    private Long letterId;
    private HandOverMethod method;
    private String recipientName;
    private String recipientContact;
    private String note;
    private String signature;
    private String signatureJson;
    private String whatsAppLink;

    @PostConstruct
    void init() {
        requestId = Faces.longParam("id");
        ServiceRequest r = requestId == null ? null : records.find(requestId, me()).orElse(null);
        if (r == null) {
            return;
        }
        done = handOvers.of(r);
        mayHandOver = handOvers.mayHandOver(me(), r);
        if (mayHandOver) {
            letters = handOvers.letters(r);
            dataFiles = handOvers.dataFiles(r);
            dataMayGoAlone = handOvers.dataMayGoAlone(r);
            recipientName = r.getApplicant().getDisplayName();
            applicantEmail = r.getApplicant().getEmail();
            applicantPhone = r.getApplicant().getPhone() == null ? null : r.getApplicant().getPhone().e164();
            applicantAddress = r.getApplicant().getAddress();
            content = letters.isEmpty() ? (dataMayGoAlone ? HandOverContent.DATA_ONLY : null)
                    : dataFiles.isEmpty() ? HandOverContent.LETTER_ONLY : HandOverContent.LETTER_AND_DATA;
            letterId = letters.isEmpty() ? null : letters.get(letters.size() - 1).getId();
        }
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    /** Fills the contact field with what the applicant gave for the chosen method. */
    public void methodChanged() {
        whatsAppLink = null;
        recipientContact = method == null ? null : switch (method) {
            case EMAIL -> applicantEmail;
            case WHATSAPP -> applicantPhone;
            case POST -> applicantAddress;
            case COLLECTION -> null;
        };
    }

    /** Prepares the click-to-chat link; the officer sends the message, then records the hand-over. */
    public void prepareWhatsApp() {
        ServiceRequest r = records.find(requestId, me()).orElse(null);
        if (r == null) {
            return;
        }
        try {
            whatsAppLink = handOvers.whatsAppLink(r, recipientContact);
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
        }
    }

    public String record() {
        return RequestPageSteps.run(() -> handOvers.record(me(), requestId, new HandOverCommand(content, letterId,
                method, recipientName, recipientContact, note, signature)).getBookNumber(), "delivery.recorded", FORM,
                requestId);
    }

    public boolean isMayHandOver() {
        return mayHandOver;
    }

    public boolean isDataMayGoAlone() {
        return dataMayGoAlone;
    }

    public List<HandOver> getDone() {
        return done;
    }

    public List<OutgoingLetter> getLetters() {
        return letters;
    }

    public List<RequestFile> getDataFiles() {
        return dataFiles;
    }

    public HandOverContent[] getContents() {
        return HandOverContent.values();
    }

    public HandOverMethod[] getMethods() {
        return HandOverMethod.values();
    }

    public HandOverContent getContent() {
        return content;
    }

    public void setContent(HandOverContent content) {
        this.content = content;
    }

    public Long getLetterId() {
        return letterId;
    }

    public void setLetterId(Long letterId) {
        this.letterId = letterId;
    }

    public HandOverMethod getMethod() {
        return method;
    }

    public void setMethod(HandOverMethod method) {
        this.method = method;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public String getRecipientContact() {
        return recipientContact;
    }

    public void setRecipientContact(String recipientContact) {
        this.recipientContact = recipientContact;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getSignatureJson() {
        return signatureJson;
    }

    public void setSignatureJson(String signatureJson) {
        this.signatureJson = signatureJson;
    }

    public String getWhatsAppLink() {
        return whatsAppLink;
    }
}
