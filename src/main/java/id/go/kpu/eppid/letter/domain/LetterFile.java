package id.go.kpu.eppid.letter.domain;

import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of an incoming letter (checked by content like every upload), in the permanent file store. */
@Entity
@Table(name = "letter_file")
public class LetterFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, length = 20)
    private LetterFileKind kind;

    @Embedded
    private FileDetails details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LetterFile() {
    }

    public LetterFile(long letterId, LetterFileKind kind, FileDetails details, Instant createdAt) {
        this.letterId = letterId;
        this.kind = kind;
        this.details = details;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getLetterId() {
        return letterId;
    }

    public LetterFileKind getKind() {
        return kind;
    }

    public String getStoredName() {
        return details.getStoredName();
    }

    public String getOriginalName() {
        return details.getOriginalName();
    }

    public String getMediaType() {
        return details.getMediaType();
    }

    public long getSizeBytes() {
        return details.getSizeBytes();
    }

    public String getSha256() {
        return details.getSha256();
    }
}
