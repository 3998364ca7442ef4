package id.go.kpu.eppid.helpdesk.domain;

import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a consultation (HD-3, HD-13): an attachment of one of its mails, checked by content, kept for good. */
@Entity
@Table(name = "helpdesk_attachment")
public class HelpdeskAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "mail_id", updatable = false)
    private Long mailId;

    @Column(name = "stored_name", nullable = false, length = 120, updatable = false)
    private String storedName;

    @Column(name = "original_name", nullable = false, length = 255, updatable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 60, updatable = false)
    private String addedBy;

    protected HelpdeskAttachment() {
    }

    public HelpdeskAttachment(long consultationId, Long mailId, FileDetails file, Instant at, String by) {
        this.consultationId = consultationId;
        this.mailId = mailId;
        this.storedName = file.getStoredName();
        this.originalName = file.getOriginalName();
        this.mediaType = file.getMediaType();
        this.sizeBytes = file.getSizeBytes();
        this.sha256 = file.getSha256();
        this.addedAt = at;
        this.addedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Long getMailId() {
        return mailId;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
