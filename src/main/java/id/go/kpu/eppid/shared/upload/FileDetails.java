package id.go.kpu.eppid.shared.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the portal keeps about an uploaded file wherever it is attached (a request, a letter): its generated name in
 * the file store, the name the uploader gave it (display only), the type detected from its bytes, size and SHA-256.
 */
@Embeddable
public class FileDetails {

    @Column(name = "stored_name", nullable = false, length = 120)
    private String storedName;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected FileDetails() {
    }

    public FileDetails(String storedName, String originalName, String mediaType, long sizeBytes, String sha256) {
        this.storedName = storedName;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
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
}
