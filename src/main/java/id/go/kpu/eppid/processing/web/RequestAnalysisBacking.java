package id.go.kpu.eppid.processing.web;

import id.go.kpu.eppid.processing.application.ExceptionCategories;
import id.go.kpu.eppid.processing.application.RequestDecisions.AnalysisInput;
import id.go.kpu.eppid.processing.application.RequestDecisions.ItemInput;
import id.go.kpu.eppid.processing.application.RequestDecisions;
import id.go.kpu.eppid.processing.domain.Classification;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.processing.domain.ExceptionCategory;
import id.go.kpu.eppid.processing.domain.RequestAnalysis;
import id.go.kpu.eppid.processing.domain.RequestedItem;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.web.RequestPageSteps;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the "Analisis dan keputusan" panel of an information request (REQ-4, REQ-6, LAW-1, LAW-2): the
 * identification, whether the office holds the information, the division's notes, the prepared data files, each
 * requested item with its classification, the decision that follows from them, and the one extension. Shown to
 * everyone who sees the request; the forms only to the assigned official and the Chair/Secretary (ORG-3).
 */
@Named
@ViewScoped
public class RequestAnalysisBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "an:";
    private static final String DATA_FORM = "anData:";
    private static final String DECIDE_FORM = "anDecide:";

    @Inject
    private transient RequestDecisions decisions;
    @Inject
    private transient ExceptionCategories categoryTable;
    @Inject
    private transient RequestRecords records;
    @Inject
    private transient RequestUploads uploads;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long requestId;
    private boolean information;
    private boolean mayAnalyse;
    private boolean mayExtend;
    private int maxExtensionDays;
    private RequestAnalysis analysis;
    private List<RequestedItem> items = List.of();
    private List<RequestFile> dataFiles = List.of();
    private List<ExceptionCategory> categories = List.of();
    private List<String> problems = List.of();
    private DecisionOutcome pendingOutcome;

    private String identification;
    private Boolean held;
    private String holderBody;
    private String divisionNotes;

    private Long itemId;
    private String description;
    private Classification classification;
    private String categoryCode;
    private String harm;
    private String publicInterest;
    private String legalBasis;
    private String redaction;

    private String decisionNote;
    private Integer extensionDays;
    private String extensionReason;
    private boolean mayServeAsStandard;
    private String standardReason;

    @PostConstruct
    void init() {
        requestId = Faces.longParam("id");
        ServiceRequest r = requestId == null ? null : records.find(requestId, me()).orElse(null);
        if (r == null) {
            return;
        }
        information = r.getKind() == RequestKind.INFORMATION;
        mayAnalyse = decisions.mayAnalyse(me(), r);
        mayExtend = decisions.mayExtend(me(), r);
        maxExtensionDays = mayExtend ? decisions.maxExtension(r) : 0;
        mayServeAsStandard = decisions.mayServeAsStandard(me(), r);
        RequestDecisions.Assessment assessment = decisions.assess(r);
        analysis = assessment.analysis();
        items = assessment.items();
        dataFiles = records.files(r, FileKind.DATA);
        if (mayAnalyse) {
            categories = categoryTable.all();
            problems = assessment.problems();
            pendingOutcome = assessment.pendingOutcome();
        }
        if (analysis != null) {
            identification = analysis.getIdentification();
            held = analysis.getHeld();
            holderBody = analysis.getHolderBody();
            divisionNotes = analysis.getDivisionNotes();
        }
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    public String saveAnalysis() {
        return RequestPageSteps.run(() -> decisions.recordAnalysis(me(), requestId,
                new AnalysisInput(identification, held, holderBody, divisionNotes)), "analysis.saved", FORM, requestId);
    }

    public String saveItem() {
        return RequestPageSteps.run(() -> decisions.saveItem(me(), requestId, itemId, new ItemInput(description,
                classification, categoryCode, harm, publicInterest, legalBasis, redaction)), "analysis.item.saved",
                FORM, requestId);
    }

    /** Loads an item into the form to change it. */
    public void editItem(RequestedItem item) {
        itemId = item.getId();
        description = item.getDescription();
        classification = item.getClassification();
        categoryCode = item.getCategory() == null ? null : item.getCategory().getCode();
        harm = item.getHarm();
        publicInterest = item.getPublicInterest();
        legalBasis = item.getLegalBasis();
        redaction = item.getRedaction();
    }

    public void newItem() {
        itemId = null;
        description = null;
        classification = null;
        categoryCode = null;
        harm = null;
        publicInterest = null;
        legalBasis = null;
        redaction = null;
    }

    public String removeItem(RequestedItem item) {
        return RequestPageSteps.run(() -> decisions.removeItem(me(), requestId, item.getId()), "analysis.item.removed",
                FORM, requestId);
    }

    public String decide() {
        return RequestPageSteps.run(() -> decisions.decide(me(), requestId, decisionNote), "analysis.decided",
                DECIDE_FORM, requestId);
    }

    public String extend() {
        return RequestPageSteps.run(() -> decisions.extend(me(), requestId, extensionDays, extensionReason),
                "extension.done", DECIDE_FORM, requestId);
    }

    /** REQ-5: the information was not immediately available; the standard 10 working days apply. */
    public String serveAsStandard() {
        return RequestPageSteps.run(() -> decisions.serveAsStandard(me(), requestId, standardReason),
                "immediate.done", DECIDE_FORM, requestId);
    }

    /** REQ-4: a data file the official prepared, checked by content and attached at once. */
    public void uploadData(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        PageSteps.upload(DATA_FORM, "dataFile", () -> {
            AcceptedFile accepted = uploads.accept(FileKind.DATA, file.getFileName(), file.getSize(),
                    file.getInputStream());
            RequestFile stored = decisions.attachData(me(), requestId, accepted);
            dataFiles = new ArrayList<>(dataFiles);
            dataFiles.add(stored);
            Faces.info(null, "analysis.data.attached", stored.getOriginalName());
        });
    }

    /** The panel is for information requests (consultations have their sessions). */
    public boolean isInformation() {
        return information;
    }

    public boolean isMayAnalyse() {
        return mayAnalyse;
    }

    public boolean isMayExtend() {
        return mayExtend;
    }

    public RequestAnalysis getAnalysis() {
        return analysis;
    }

    public List<RequestedItem> getItems() {
        return items;
    }

    public List<RequestFile> getDataFiles() {
        return dataFiles;
    }

    public List<ExceptionCategory> getCategories() {
        return categories;
    }

    public List<String> getProblems() {
        return problems;
    }

    public DecisionOutcome getPendingOutcome() {
        return pendingOutcome;
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public long getMaxDataBytes() {
        return uploads.maxBytes(FileKind.DATA);
    }

    public boolean isMayServeAsStandard() {
        return mayServeAsStandard;
    }

    public String getStandardReason() {
        return standardReason;
    }

    public void setStandardReason(String standardReason) {
        this.standardReason = standardReason;
    }

    public int getMaxExtensionDays() {
        return maxExtensionDays;
    }

    /** Whether the item form shows the fields of a withholding classification. */
    public boolean isWithholding() {
        return classification != null && classification.withholds();
    }

    public boolean isPartial() {
        return classification == Classification.PARTIALLY_EXCEPTED;
    }

    public String getIdentification() {
        return identification;
    }

    public void setIdentification(String identification) {
        this.identification = identification;
    }

    public Boolean getHeld() {
        return held;
    }

    public void setHeld(Boolean held) {
        this.held = held;
    }

    public String getHolderBody() {
        return holderBody;
    }

    public void setHolderBody(String holderBody) {
        this.holderBody = holderBody;
    }

    public String getDivisionNotes() {
        return divisionNotes;
    }

    public void setDivisionNotes(String divisionNotes) {
        this.divisionNotes = divisionNotes;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getHarm() {
        return harm;
    }

    public void setHarm(String harm) {
        this.harm = harm;
    }

    public String getPublicInterest() {
        return publicInterest;
    }

    public void setPublicInterest(String publicInterest) {
        this.publicInterest = publicInterest;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getRedaction() {
        return redaction;
    }

    public void setRedaction(String redaction) {
        this.redaction = redaction;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }
}
