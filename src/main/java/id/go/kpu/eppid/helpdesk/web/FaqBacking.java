package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.FaqCatalog;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.FaqEntry;
import id.go.kpu.eppid.helpdesk.domain.FaqEntryVersion;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /staff/helpdesk/faq.xhtml} (HD-6): the FAQ SIPOL the office sees, searched in Indonesian, with the
 * publisher, version and how often each entry was used; at the national and provincial offices the helpdesk managers
 * add and change their office's entries (a changed text is a new version, the earlier ones listed).
 */
@Named
@ViewScoped
public class FaqBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "faq:";

    @Inject
    private transient FaqCatalog catalog;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient OfficeDirectory offices;

    private String query;
    private ConsultationTopic category;
    private List<FaqEntry> entries;
    private boolean editor;
    private final Map<Long, String> publisherNames = new HashMap<>();

    private Long editingId;
    private ConsultationTopic faqCategory;
    private String faqQuestion;
    private String faqAnswer;
    private String faqSource;
    private LocalDate faqDate;
    private boolean faqPublished = true;
    private List<FaqEntryVersion> versions = List.of();

    @PostConstruct
    void init() {
        editor = FaqCatalog.mayEdit(currentStaff.get());
        faqDate = LocalDate.now(currentStaff.getOffice().getZone());
        search();
    }

    public void search() {
        entries = catalog.search(currentStaff.getOffice(), query, category);
    }

    /** Opens an entry of the office in the editor, with its versions. */
    public void edit(long id) {
        catalog.own(currentStaff.get(), null).stream().filter(e -> e.getId() == id).findFirst().ifPresent(e -> {
            editingId = e.getId();
            faqCategory = e.getCategory();
            faqQuestion = e.getQuestion();
            faqAnswer = e.getAnswer();
            faqSource = e.getSourceRegulation();
            faqDate = e.getVersionDate();
            faqPublished = e.isPublished();
            versions = catalog.versions(e.getId());
        });
    }

    public String save() {
        return PageSteps.run(() -> catalog.save(currentStaff.get(), editingId, faqCategory, faqQuestion, faqAnswer,
                faqSource, faqDate, faqPublished).citation(), "faq.saved", FORM, null,
                "/staff/helpdesk/faq?faces-redirect=true");
    }

    /** The entries of the office, published or not, for its editors. */
    public List<FaqEntry> getOwn() {
        return editor ? catalog.own(currentStaff.get(), null) : List.of();
    }

    public String publisher(FaqEntry e) {
        return publisherNames.computeIfAbsent(e.getOfficeId(),
                id -> offices.findById(id).map(Office::getName).orElse(""));
    }

    public List<ConsultationTopic> getCategories() {
        return List.of(ConsultationTopic.values());
    }

    public boolean isEditor() {
        return editor;
    }

    public List<FaqEntry> getEntries() {
        return entries;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ConsultationTopic getCategory() {
        return category;
    }

    public void setCategory(ConsultationTopic category) {
        this.category = category;
    }

    public Long getEditingId() {
        return editingId;
    }

    public ConsultationTopic getFaqCategory() {
        return faqCategory;
    }

    public void setFaqCategory(ConsultationTopic faqCategory) {
        this.faqCategory = faqCategory;
    }

    public String getFaqQuestion() {
        return faqQuestion;
    }

    public void setFaqQuestion(String faqQuestion) {
        this.faqQuestion = faqQuestion;
    }

    public String getFaqAnswer() {
        return faqAnswer;
    }

    public void setFaqAnswer(String faqAnswer) {
        this.faqAnswer = faqAnswer;
    }

    public String getFaqSource() {
        return faqSource;
    }

    public void setFaqSource(String faqSource) {
        this.faqSource = faqSource;
    }

    public LocalDate getFaqDate() {
        return faqDate;
    }

    public void setFaqDate(LocalDate faqDate) {
        this.faqDate = faqDate;
    }

    public boolean isFaqPublished() {
        return faqPublished;
    }

    public void setFaqPublished(boolean faqPublished) {
        this.faqPublished = faqPublished;
    }

    public List<FaqEntryVersion> getVersions() {
        return versions;
    }
}
