package id.go.kpu.eppid.shared.upload;

import jakarta.annotation.PostConstruct;
import java.io.ByteArrayInputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
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

    /**
     * The free space kept on the upload folder's disk: below it, uploads and kept files are refused with "send again
     * later" ({@link StorageFullException}), so the database and the logs on the same disk never run out.
     */
    @Inject
    @ConfigProperty(name = "portal.upload.minFreeMb", defaultValue = "512")
    private long minFreeMb;

    @Inject
    private UncommittedFiles uncommitted;

    private FileStore staging;
    private FileStore files;

    @PostConstruct
    void init() {
        Path base = Path.of(uploadDir).toAbsolutePath();
        try {
            staging = new FileStore(base.resolve("staging"), Clock.systemUTC(), minFreeMb * FileStore.MB);
            files = new FileStore(base.resolve("files"), Clock.systemUTC(), minFreeMb * FileStore.MB);
        } catch (IOException e) {
            throw new UncheckedIOException("Upload folder not usable: " + base, e);
        }
        uncommitted.recover(staging);
        uncommitted.recover(files);
        uncommitted.watchForCrash(files);
    }

    /**
     * Opens the stores when the portal starts, so that files left waiting at the last stop, or by a run that ended
     * without one, are looked up again.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing else: to call this, the container creates the bean, whose init recovers them
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
            throw new StorageUnavailableException(e);
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
