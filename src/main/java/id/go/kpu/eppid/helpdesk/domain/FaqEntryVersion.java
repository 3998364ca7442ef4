package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of an FAQ entry as it was published (HD-6): kept when the entry changes. */
@Entity
@Table(name = "faq_entry_version")
public class FaqEntryVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, length = 1000, updatable = false)
    private String question;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String answer;

    @Column(name = "source_regulation", length = 500, updatable = false)
    private String sourceRegulation;

    @Column(name = "version_date", nullable = false, updatable = false)
    private LocalDate versionDate;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    protected FaqEntryVersion() {
    }

    /** The entry's current version, as a record of it. */
    public FaqEntryVersion(FaqEntry e) {
        this.entryId = e.getId();
        this.version = e.getVersion();
        this.question = e.getQuestion();
        this.answer = e.getAnswer();
        this.sourceRegulation = e.getSourceRegulation();
        this.versionDate = e.getVersionDate();
        this.changedAt = e.getUpdatedAt();
        this.changedBy = e.getUpdatedBy();
    }

    public int getVersion() {
        return version;
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

    public LocalDate getVersionDate() {
        return versionDate;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
