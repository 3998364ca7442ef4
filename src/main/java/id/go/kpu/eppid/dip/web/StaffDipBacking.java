package id.go.kpu.eppid.dip.web;

import id.go.kpu.eppid.dip.application.InformationList;
import id.go.kpu.eppid.dip.domain.DipCategory;
import id.go.kpu.eppid.dip.domain.DipEntry;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.web.OptionalAttachment;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code /staff/dip.xhtml} (LAW-4): the office's list of public information with the entries whose exception
 * has ended (Pasal 20) first, and, for the PPID, adding and changing entries ({@code ?id=} opens one).
 */
@Named
@ViewScoped
public class StaffDipBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "dip:";

    @Inject
    private transient InformationList list;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient RequestUploads uploads;

    private List<DipEntry> entries;
    private List<DipEntry> toReview;
    private Long editing;
    private DipCategory category = DipCategory.PERIODIC;
    private String title;
    private String summary;
    private String responsible;
    private String format;
    private String retention;
    private String link;
    private String exceptionCode;
    private String consequenceTest;
    private LocalDate exceptedUntil;
    private boolean published = true;
    private final OptionalAttachment document = new OptionalAttachment(FORM, "dipDocument", FileKind.DATA);
    private FileDetails savedDocument;

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        entries = list.search(me.getOffice().getId(), null, null, true);
        toReview = list.toReview(me.getOffice().getId(), LocalDate.now(me.getOffice().getZone()));
        Long id = Faces.longParam("id");
        if (id != null && InformationList.mayEdit(me)) {
            entries.stream().filter(e -> e.getId().equals(id)).findFirst().ifPresent(this::load);
        }
    }

    private void load(DipEntry e) {
        DipEntry.Content c = e.content();
        editing = e.getId();
        category = c.category();
        title = c.title();
        summary = c.summary();
        responsible = c.responsible();
        format = c.format();
        retention = c.retention();
        link = c.link();
        exceptionCode = c.exceptionCode();
        consequenceTest = c.consequenceTest();
        exceptedUntil = c.exceptedUntil();
        published = c.published();
        savedDocument = e.getDocument();
    }

    /** Sends a 404 to staff who do not work on requests. */
    public void check() {
        if (!currentStaff.get().hasAnyRole(Role.REQUEST_WORKERS)) {
            Faces.notFound();
        }
    }

    public String save() {
        return PageSteps.run(() -> list.save(currentStaff.get(), editing, new DipEntry.Content(category, title, summary,
                responsible, format, retention, link, exceptionCode, consequenceTest, exceptedUntil, published),
                document.getFile()).getTitle(), "dip.saved", FORM, null, "/staff/dip?faces-redirect=true");
    }

    public void uploadDocument(FileUploadEvent event) {
        document.upload(event, uploads);
    }

    public void removeDocument() {
        document.remove(uploads);
    }

    public AcceptedFile getDocument() {
        return document.getFile();
    }

    public long getMaxDocumentBytes() {
        return uploads.maxBytes(FileKind.DATA);
    }

    /** The document the entry has now (when editing). */
    public FileDetails getSavedDocument() {
        return savedDocument;
    }

    public boolean isExpired(DipEntry e) {
        return e.isExpired(LocalDate.now(currentStaff.get().getOffice().getZone()));
    }

    public boolean isMayEdit() {
        return InformationList.mayEdit(currentStaff.get());
    }

    public List<DipCategory> getCategories() {
        return List.of(DipCategory.values());
    }

    public List<String> getExceptionCodes() {
        return List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    }

    public List<DipEntry> getEntries() {
        return entries;
    }

    public List<DipEntry> getToReview() {
        return toReview;
    }

    public Long getEditing() {
        return editing;
    }

    public DipCategory getCategory() {
        return category;
    }

    public void setCategory(DipCategory category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getExceptionCode() {
        return exceptionCode;
    }

    public void setExceptionCode(String exceptionCode) {
        this.exceptionCode = exceptionCode;
    }

    public String getConsequenceTest() {
        return consequenceTest;
    }

    public void setConsequenceTest(String consequenceTest) {
        this.consequenceTest = consequenceTest;
    }

    public LocalDate getExceptedUntil() {
        return exceptedUntil;
    }

    public void setExceptedUntil(LocalDate exceptedUntil) {
        this.exceptedUntil = exceptedUntil;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
