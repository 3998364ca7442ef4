package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The fields of a request form (REQ-2, CON-2) and its uploads, shared by the public form and the forms staff fill in
 * on an applicant's behalf (walk-in, letter), which all render {@code WEB-INF/includes/requestFields.xhtml} inside a
 * form with id {@code req}. Files are uploaded and checked as soon as they are chosen, so a rejected file is reported
 * at once and nothing typed is lost.
 */
public abstract class RequestFields implements Serializable {

    private static final long serialVersionUID = 1L;
    protected static final String FORM = "req:";

    @Inject
    private transient RequestUploads uploads;

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

    protected void discard(AcceptedFile file) {
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

    /** The files accepted so far. */
    protected List<AcceptedFile> files() {
        List<AcceptedFile> files = new ArrayList<>();
        if (idScan != null) {
            files.add(idScan);
        }
        if (requestLetter != null) {
            files.add(requestLetter);
        }
        return files;
    }

    /** The form as a command for {@code RequestIntake}. */
    protected IntakeCommand command(Long officeId, RequestKind kind, Channel channel, String submissionKey,
            Locale locale) {
        return new IntakeCommand(officeId, kind, channel, submissionKey, applicantType, name,
                institutionName, idType, idNumber, address, occupation, phone, email, subject, purpose,
                kind == RequestKind.INFORMATION ? obtainMethod : null, deliveryMethod, informationSource, consent,
                locale);
    }

    protected static void show(InvalidInputException e) {
        Faces.show(e, FORM);
    }

    /** The kind of request the form is for. */
    public abstract RequestKind getKind();

    public boolean isInformation() {
        return getKind() == RequestKind.INFORMATION;
    }

    /** Online, an institution must attach its head's letter; at the desk it is optional (CON-1). */
    public boolean isLetterRequired() {
        return isBodyApplicant();
    }

    /** The bundle key of the hint under the letter upload. */
    public String getLetterHintKey() {
        return isLetterRequired() ? "form.requestLetter.required" : "form.requestLetter.optional";
    }

    /** At the desk the ID may only be shown (no copy kept). */
    public boolean isIdScanOptional() {
        return false;
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
