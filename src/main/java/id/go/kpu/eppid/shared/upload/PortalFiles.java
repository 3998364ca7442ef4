package id.go.kpu.eppid.shared.upload;

import jakarta.annotation.PostConstruct;
import java.io.ByteArrayInputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's two file stores under {@code portal.upload.dir}, outside the web root: {@code staging} for uploads of
 * forms not yet submitted, {@code files} for everything kept (request files, letters, signatures). Features keep the
 * {@link FileDetails} of their files; the mail dispatcher reads attachments from here.
 */
@ApplicationScoped
public class PortalFiles {

    @Inject
    @ConfigProperty(name = "portal.upload.dir", defaultValue = "data/uploads")
    private String uploadDir;

    @Inject
    private UncommittedFiles uncommitted;

    private FileStore staging;
    private FileStore files;

    @PostConstruct
    void init() {
        Path base = Path.of(uploadDir).toAbsolutePath();
        try {
            staging = new FileStore(base.resolve("staging"));
            files = new FileStore(base.resolve("files"));
        } catch (IOException e) {
            throw new UncheckedIOException("Upload folder not usable: " + base, e);
        }
    }

    /** Uploads waiting for their form to be submitted. */
    public FileStore staging() {
        return staging;
    }

    /** Files kept for good. */
    public FileStore files() {
        return files;
    }

    /**
     * Keeps bytes the portal made or checked itself (a signature, a generated PDF) inside the caller's transaction:
     * removed again if the transaction does not commit ({@link UncommittedFiles}), so a failed step leaves no file
     * behind.
     */
    public FileDetails keep(byte[] content, String name, String mediaType) {
        StoredFile stored;
        try {
            stored = files.store(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        uncommitted.keepOnCommit(files, stored.storedName(), () -> { });
        return new FileDetails(stored.storedName(), name, mediaType, stored.sizeBytes(), stored.sha256Hex());
    }

    /** A kept file's bytes (small files: archived PDFs), for sending whole or attaching to a mail. */
    public byte[] bytes(String storedName) {
        try (InputStream in = files.open(storedName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens a kept file. */
    public InputStream open(String storedName) throws IOException {
        return files.open(storedName);
    }
}
