package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.LocaleBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the public request form (information or consultation, REQ-2 / CON-2). Files are uploaded and checked as
 * soon as they are chosen (with a progress bar), so a rejected file is reported at once and nothing typed is lost.
 */
@Named
@ViewScoped
public class RequestFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "req:";

    @Inject
    private transient OfficeDirectory offices;
    @Inject
    private transient RequestIntake intake;
    @Inject
    private transient RequestUploads uploads;
    @Inject
    private ReceiptAccess receipts;
    @Inject
    private LocaleBean localeBean;

    private Long officeParam;
    private String kindParam;
    private Long officeId;
    private String officeName;
    private RequestKind kind;
    private final String submissionKey = UUID.randomUUID().toString();
    private Receipt receipt;

    private ApplicantType applicantType = ApplicantType.INDIVIDUAL;
    private String name;
    private String institutionName;
    private IdType idType = IdType.NIK;
    private String idNumber;
    private String address;
    private String occupation;
    private String phone;
    private String email;
    private String subject;
    private String purpose;
    private ObtainMethod obtainMethod;
    private DeliveryMethod deliveryMethod;
    private String informationSource;
    private boolean consent;
    private AcceptedFile idScan;
    private AcceptedFile requestLetter;

    /** View action: resolves the office and kind from the URL; unknown ones go back to the office choice. */
    public String load() {
        kind = "consultation".equals(kindParam) ? RequestKind.CONSULTATION
                : "information".equals(kindParam) ? RequestKind.INFORMATION : null;
        Office office = officeParam == null ? null : offices.findById(officeParam).orElse(null);
        if (office == null || kind == null) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Faces.error(null, "form.officeMissing");
            return "/index?faces-redirect=true";
        }
        officeId = office.getId();
        officeName = office.getName();
        return null;
    }

    public void uploadIdScan(FileUploadEvent event) {
        AcceptedFile accepted = accept(FileKind.ID_SCAN, event.getFile());
        if (accepted != null) {
            discard(idScan);
            idScan = accepted;
        }
    }

    public void uploadLetter(FileUploadEvent event) {
        AcceptedFile accepted = accept(FileKind.REQUEST_LETTER, event.getFile());
        if (accepted != null) {
            discard(requestLetter);
            requestLetter = accepted;
        }
    }

    public void removeIdScan() {
        discard(idScan);
        idScan = null;
    }

    public void removeLetter() {
        discard(requestLetter);
        requestLetter = null;
    }

    private void discard(AcceptedFile file) {
        if (file != null) {
            uploads.discard(file);
        }
    }

    private AcceptedFile accept(FileKind fileKind, UploadedFile file) {
        try {
            return uploads.accept(fileKind, file.getFileName(), file.getSize(), file.getInputStream());
        } catch (InvalidInputException e) {
            show(e);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (IOException e) {
            Faces.error(FORM + RequestUploads.field(fileKind), "upload.failed");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    /** Submits; on success goes to the receipt, otherwise shows each problem next to its field. */
    public synchronized String submit() {
        if (receipt == null) {
            List<AcceptedFile> files = new ArrayList<>();
            if (idScan != null) {
                files.add(idScan);
            }
            if (requestLetter != null) {
                files.add(requestLetter);
            }
            try {
                receipt = intake.submit(command(), files, RequestEvent.APPLICANT);
            } catch (InvalidInputException e) {
                show(e);
                Faces.error(null, "form.fixErrors");
                return null;
            }
        }
        receipts.grant(receipt);
        return "/request/receipt?faces-redirect=true&id=" + receipt.requestId();
    }

    private IntakeCommand command() {
        return new IntakeCommand(officeId, kind, Channel.ONLINE, submissionKey, applicantType, name,
                institutionName, idType, idNumber, address, occupation, phone, email, subject, purpose,
                obtainMethod, deliveryMethod, informationSource, consent, localeBean.getLocale());
    }

    private static void show(InvalidInputException e) {
        e.problems().forEach(p -> Faces.error(FORM + p.field(), p.key(), p.args()));
    }

    public boolean isInformation() {
        return kind == RequestKind.INFORMATION;
    }

    public boolean isBodyApplicant() {
        return applicantType != null && applicantType.isBody();
    }

    public long getMaxIdBytes() {
        return uploads.maxBytes(FileKind.ID_SCAN);
    }

    public long getMaxLetterBytes() {
        return uploads.maxBytes(FileKind.REQUEST_LETTER);
    }

    public ApplicantType[] getApplicantTypes() {
        return ApplicantType.values();
    }

    public IdType[] getIdTypes() {
        return IdType.values();
    }

    public ObtainMethod[] getObtainMethods() {
        return ObtainMethod.values();
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public Long getOfficeParam() {
        return officeParam;
    }

    public void setOfficeParam(Long officeParam) {
        this.officeParam = officeParam;
    }

    public String getKindParam() {
        return kindParam;
    }

    public void setKindParam(String kindParam) {
        this.kindParam = kindParam;
    }

    public String getOfficeName() {
        return officeName;
    }

    public RequestKind getKind() {
        return kind;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public void setInstitutionName(String institutionName) {
        this.institutionName = institutionName;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
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

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public ObtainMethod getObtainMethod() {
        return obtainMethod;
    }

    public void setObtainMethod(ObtainMethod obtainMethod) {
        this.obtainMethod = obtainMethod;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getInformationSource() {
        return informationSource;
    }

    public void setInformationSource(String informationSource) {
        this.informationSource = informationSource;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public AcceptedFile getIdScan() {
        return idScan;
    }

    public AcceptedFile getRequestLetter() {
        return requestLetter;
    }
}
