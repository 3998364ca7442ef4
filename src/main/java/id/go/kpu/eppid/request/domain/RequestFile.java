package id.go.kpu.eppid.request.domain;

import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a request (ID scan, request letter): stored outside the web root under a generated name, its
 * type detected from its bytes, its checksum kept. Never served to the public.
 */
@Entity
@Table(name = "request_file")
public class RequestFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, length = 20)
    private FileKind kind;

    @Embedded
    private FileDetails details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RequestFile() {
    }

    public RequestFile(ServiceRequest request, FileKind kind, FileDetails details, Instant createdAt) {
        this.request = request;
        this.kind = kind;
        this.details = details;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public FileKind getKind() {
        return kind;
    }

    /** The stored file's name, type, size and checksum. */
    public FileDetails getDetails() {
        return details;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
