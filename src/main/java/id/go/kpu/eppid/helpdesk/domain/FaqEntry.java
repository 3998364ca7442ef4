package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the FAQ SIPOL (HD-6): question, answer, category, the regulation it rests on, its version and date,
 * published by the national or a provincial office for the offices below; how often answers used it.
 */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    public static final int QUESTION_LENGTH = 1000;
    public static final int SOURCE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationTopic category;

    @Column(nullable = false, length = QUESTION_LENGTH)
    private String question;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String answer;

    @Column(name = "source_regulation", length = SOURCE_LENGTH)
    private String sourceRegulation;

    @Column(nullable = false)
    private int version;

    @Column(name = "version_date", nullable = false)
    private LocalDate versionDate;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "use_count", nullable = false)
    private int useCount;

    @Column(name = "search_text", nullable = false, columnDefinition = "TEXT")
    private String searchText;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected FaqEntry() {
    }

    /** The content of a version. */
    public record Content(ConsultationTopic category, String question, String answer, String sourceRegulation,
            LocalDate versionDate, boolean published) {
    }

    public FaqEntry(long officeId, Content content, String searchText, Instant now, String by) {
        this.officeId = officeId;
        this.version = 1;
        apply(content, searchText, now, by);
    }

    /** A new version when the question, answer or source changed; otherwise the same version re-filed. */
    public boolean revise(Content content, String searchText, Instant now, String by) {
        boolean changed = !content.question().equals(question) || !content.answer().equals(answer)
                || !java.util.Objects.equals(content.sourceRegulation(), sourceRegulation);
        if (changed) {
            version++;
        }
        apply(content, searchText, now, by);
        return changed;
    }

    private void apply(Content content, String text, Instant now, String by) {
        this.category = content.category();
        this.question = content.question();
        this.answer = content.answer();
        this.sourceRegulation = content.sourceRegulation();
        this.versionDate = content.versionDate();
        this.published = content.published();
        this.searchText = text;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void index(String text) {
        this.searchText = text;
    }

    public void used() {
        this.useCount++;
    }

    /** How an answer cites the entry, e.g. "FAQ SIPOL #12 v2 (PKPU 4/2022 Pasal 20)". */
    public String citation() {
        return "FAQ SIPOL #" + id + " v" + version + (sourceRegulation == null ? "" : " (" + sourceRegulation + ")");
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public ConsultationTopic getCategory() {
        return category;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getSourceRegulation() {
        return sourceRegulation;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getVersionDate() {
        return versionDate;
    }

    public boolean isPublished() {
        return published;
    }

    public int getUseCount() {
        return useCount;
    }

    public String getSearchText() {
        return searchText;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
