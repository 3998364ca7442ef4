package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.GuestBook;
import id.go.kpu.eppid.guestbook.application.GuestRegistration;
import id.go.kpu.eppid.guestbook.application.VisitorCards;
import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.guestbook.domain.VisitPurpose;
import id.go.kpu.eppid.guestbook.domain.VisitorCard;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the security desk's guest registration (REQ-3, HD-4, HD-16): particulars, the ID shown and whether the desk
 * holds it, a visitor card from the free ones, and the guest's signature drawn on screen. A failed check keeps
 * everything typed and drawn.
 */
@Named
@ViewScoped
public class GuestFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "guest:";

    @Inject
    private transient GuestBook guestBook;
    @Inject
    private transient VisitorCards cards;
    @Inject
    private transient CurrentStaff currentStaff;

    private String name;
    private String institution;
    private String phone;
    private String email;
    private VisitPurpose purpose;
    private String purposeNote;
    private String visiting;
    private IdType idType = IdType.NIK;
    private String idNumber;
    private boolean idHeld = true;
    private Long cardId;
    private String signatureJson;
    private String signature;
    private List<VisitorCard> freeCards;

    /** View action: only the desk roles register guests. */
    public void load() {
        if (!currentStaff.hasAnyRole(Role.GUEST_DESK)) {
            Faces.forbidden();
            return;
        }
        freeCards = cards.free(currentStaff.officeId());
        if (freeCards.isEmpty()) {
            Faces.error(null, "guest.card.noneFree");
        }
    }

    public String register() {
        try {
            GuestEntry entry = guestBook.register(currentStaff.officeId(), new GuestRegistration(name, institution,
                    phone, email, purpose, purposeNote, visiting, idType, idNumber, idHeld, cardId, signature),
                    currentStaff.get().getUsername());
            Faces.info(null, "guest.registered", entry.getName(), entry.getCardNumber());
            Faces.keepMessages();
            return "/staff/guests/building?faces-redirect=true";
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            Faces.error(null, "form.fixErrors");
            freeCards = cards.free(currentStaff.officeId());
            return null;
        }
    }

    public VisitPurpose[] getPurposes() {
        return VisitPurpose.values();
    }

    public IdType[] getIdTypes() {
        return IdType.values();
    }

    public List<VisitorCard> getFreeCards() {
        return freeCards;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(VisitPurpose purpose) {
        this.purpose = purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    public void setPurposeNote(String purposeNote) {
        this.purposeNote = purposeNote;
    }

    public String getVisiting() {
        return visiting;
    }

    public void setVisiting(String visiting) {
        this.visiting = visiting;
    }

    public IdType getIdType() {
        return idType;
    }

    public void setIdType(IdType idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public boolean isIdHeld() {
        return idHeld;
    }

    public void setIdHeld(boolean idHeld) {
        this.idHeld = idHeld;
    }

    public Long getCardId() {
        return cardId;
    }

    public void setCardId(Long cardId) {
        this.cardId = cardId;
    }

    public String getSignatureJson() {
        return signatureJson;
    }

    public void setSignatureJson(String signatureJson) {
        this.signatureJson = signatureJson;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
