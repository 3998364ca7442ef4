package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.GuestBook;
import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.guestbook.domain.VisitPurpose;
import id.go.kpu.eppid.request.application.DeskIntake;
import id.go.kpu.eppid.request.application.IntakeOrigin;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.IdCheck;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.web.ReceiptAccess;
import id.go.kpu.eppid.request.web.RequestFields;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.LocaleBean;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Backs the front office's walk-in request (REQ-3, REQ-5, CON-3): the same fields and upload checks as the online
 * form, filled from the guest-book entry (no retyping), channel walk-in. The ID may only be shown (the officer is
 * recorded) instead of scanned; a letter from the institution's head is optional. The applicant may be taken
 * straight to the Chair or Secretary (REQ-5). The request is linked to the visit and gets the same number, receipt
 * and tracking code as an online one.
 */
@Named
@ViewScoped
public class WalkInBacking extends RequestFields {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient GuestBook guestBook;
    @Inject
    private transient RequestIntake intake;
    @Inject
    private transient StaffDirectory staff;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private ReceiptAccess receipts;
    @Inject
    private LocaleBean localeBean;

    private Long guestParam;
    private String kindParam;
    private RequestKind kind;
    private GuestEntry guest;
    private final String submissionKey = UUID.randomUUID().toString();
    private IdCheck idCheck = IdCheck.SHOWN;
    private boolean directAudience;
    private boolean immediate;
    private Long audienceOfficialId;
    private List<StaffAccount> officials;
    private Receipt receipt;

    /** View action: the visit must be this office's, open to a request, and the user a desk-intake role. */
    public String load() {
        if (!currentStaff.hasAnyRole(Role.DESK_INTAKE)) {
            Faces.forbidden();
            return null;
        }
        guest = guestParam == null ? null : guestBook.find(currentStaff.officeId(), guestParam).orElse(null);
        if (guest == null) {
            Faces.notFound();
            return null;
        }
        if (guest.getRequestId() != null) {
            Faces.error(null, "walkin.alreadyLinked");
            Faces.keepMessages();
            return "/staff/request?faces-redirect=true&id=" + guest.getRequestId();
        }
        kind = "consultation".equals(kindParam) || (kindParam == null && guest.getPurpose() == VisitPurpose.CONSULTATION)
                ? RequestKind.CONSULTATION : RequestKind.INFORMATION;
        if (getName() == null) {
            setName(guest.getName());
            setInstitutionName(guest.getInstitution());
            setPhone(guest.getPhone());
            setEmail(guest.getEmail());
            setIdType(guest.getIdType());
            setIdNumber(guest.getIdNumber());
            setSubject(guest.getPurposeNote());
        }
        officials = staff.withAnyRole(currentStaff.officeId(), EnumSet.of(Role.CHAIR, Role.SECRETARY));
        return null;
    }

    public synchronized String submit() {
        if (receipt == null) {
            try {
                receipt = intake.submitAtDesk(
                        command(currentStaff.officeId(), kind, Channel.WALK_IN, submissionKey, localeBean.getLocale()),
                        files(),
                        currentStaff.get().getUsername(),
                        new DeskIntake(getIdScan() != null ? IdCheck.SCANNED : idCheck, null, directAudience ? audienceOfficialId : null,
                                new IntakeOrigin(IntakeOrigin.Type.GUEST_ENTRY, guest.getId()), immediate));
            } catch (InvalidInputException e) {
                show(e);
                Faces.error(null, "form.fixErrors");
                return null;
            }
        }
        receipts.grant(receipt);
        return "/request/receipt?faces-redirect=true&id=" + receipt.requestId();
    }

    @Override
    public RequestKind getKind() {
        return kind;
    }

    @Override
    public boolean isLetterRequired() {
        return false;
    }

    @Override
    public String getLetterHintKey() {
        return "walkin.letter.optional";
    }

    @Override
    public boolean isIdScanOptional() {
        return idCheck == IdCheck.SHOWN;
    }

    /** REQ-5: the desk judged the information immediately available (served within one service hour). */
    public boolean isImmediate() {
        return immediate;
    }

    public void setImmediate(boolean immediate) {
        this.immediate = immediate;
    }

    public GuestEntry getGuest() {
        return guest;
    }

    public IdCheck[] getIdChecks() {
        return IdCheck.values();
    }

    public List<StaffAccount> getOfficials() {
        return officials;
    }

    public Long getGuestParam() {
        return guestParam;
    }

    public void setGuestParam(Long guestParam) {
        this.guestParam = guestParam;
    }

    public String getKindParam() {
        return kindParam;
    }

    public void setKindParam(String kindParam) {
        this.kindParam = kindParam;
    }

    public IdCheck getIdCheck() {
        return idCheck;
    }

    public void setIdCheck(IdCheck idCheck) {
        this.idCheck = idCheck;
    }

    public boolean isDirectAudience() {
        return directAudience;
    }

    public void setDirectAudience(boolean directAudience) {
        this.directAudience = directAudience;
    }

    public Long getAudienceOfficialId() {
        return audienceOfficialId;
    }

    public void setAudienceOfficialId(Long audienceOfficialId) {
        this.audienceOfficialId = audienceOfficialId;
    }
}
