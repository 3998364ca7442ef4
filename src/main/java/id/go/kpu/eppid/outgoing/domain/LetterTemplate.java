package id.go.kpu.eppid.outgoing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The text of one letter type in one language: the national default (no office; shipped by the migration) or an
 * office's own copy, edited by its administrator. Subject and body are Mustache templates whose body renders to the
 * {@link LetterBody} format.
 */
@Entity
@Table(name = "letter_template")
public class LetterTemplate {

    /** Longest subject (perihal) template. */
    public static final int SUBJECT_LENGTH = 300;
    /** Longest body template. */
    public static final int BODY_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The office whose copy this is; {@code null} for the national default. */
    @Column(name = "office_id")
    private Long officeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type", nullable = false, length = 24)
    private OutgoingLetterType type;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected LetterTemplate() {
    }

    /** An office's own copy. */
    public LetterTemplate(long officeId, OutgoingLetterType type, String language, String subject, String body,
            String updatedBy, Instant updatedAt) {
        this.officeId = officeId;
        this.type = type;
        this.language = language;
        edit(subject, body, updatedBy, updatedAt);
    }

    /** Replaces the text. */
    public void edit(String subject, String body, String updatedBy, Instant updatedAt) {
        this.subject = subject;
        this.body = body;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** Whether this is the national default rather than an office's copy. */
    public boolean isNationalDefault() {
        return officeId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public OutgoingLetterType getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
