package id.go.kpu.eppid.shared.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An optional file kept in a record's own {@code file_*} columns (an objection's attachment, a complaint's, a
 * public-information document): the same facts as {@link FileDetails}, all null when there is no file.
 */
@Embeddable
public class AttachedFile {

    @Column(name = "file_stored_name", length = 120)
    private String storedName;

    @Column(name = "file_original_name", length = 255)
    private String originalName;

    @Column(name = "file_media_type", length = 100)
    private String mediaType;

    @Column(name = "file_size_bytes")
    private Long sizeBytes;

    @Column(name = "file_sha256", length = 64)
    private String sha256;

    protected AttachedFile() {
    }

    private AttachedFile(FileDetails f) {
        this.storedName = f.getStoredName();
        this.originalName = f.getOriginalName();
        this.mediaType = f.getMediaType();
        this.sizeBytes = f.getSizeBytes();
        this.sha256 = f.getSha256();
    }

    /** The columns for {@code file} (null for none). */
    public static AttachedFile of(FileDetails file) {
        return file == null ? null : new AttachedFile(file);
    }

    /** The file kept in {@code columns}, or null when there is none. */
    public static FileDetails details(AttachedFile columns) {
        return columns == null || columns.storedName == null ? null : new FileDetails(columns.storedName,
                columns.originalName, columns.mediaType, columns.sizeBytes, columns.sha256);
    }
}
