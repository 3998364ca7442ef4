package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.shared.upload.ContentInspector;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.FileScreening;
import id.go.kpu.eppid.shared.upload.FileStore;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.upload.StorageUnavailableException;
import id.go.kpu.eppid.shared.upload.StoredFile;
import id.go.kpu.eppid.shared.upload.UncommittedFiles;
import id.go.kpu.eppid.shared.upload.UploadNames;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts the files of a request: a plain file name ({@link UploadNames}), size limits (ID scan ≤ 5 MB, letter
 * ≤ 10 MB by default), the type detected by Tika from the bytes (JPEG, PNG or PDF only, and for prepared data also
 * Office files and plain text; the name and declared type are not trusted), a look inside for what the type hides
 * ({@link FileScreening}: truncation, polyglots, script, pixel and decompression bombs), then a staging area until
 * the request is submitted. On submission the file moves to the permanent store outside the web root.
 */
@ApplicationScoped
public class RequestUploads {

    private static final String PROMOTED = RequestUploads.class.getName() + ".promoted:";

    @Inject
    private PortalFiles portalFiles;

    @Inject
    @ConfigProperty(name = "portal.upload.maxIdBytes", defaultValue = "5242880")
    private long maxIdBytes;

    @Inject
    @ConfigProperty(name = "portal.upload.maxLetterBytes", defaultValue = "10485760")
    private long maxLetterBytes;

    @Inject
    @ConfigProperty(name = "portal.upload.maxDataBytes", defaultValue = "20971520")
    private long maxDataBytes;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private UncommittedFiles uncommitted;

    private final ContentInspector inspector = new ContentInspector();
    private FileStore staging;
    private FileStore files;

    @PostConstruct
    void init() {
        staging = portalFiles.staging();
        files = portalFiles.files();
    }

    /** The largest file accepted for a kind. */
    public long maxBytes(FileKind kind) {
        return switch (kind) {
            case ID_SCAN -> maxIdBytes;
            case DATA -> maxDataBytes;
            default -> maxLetterBytes;
        };
    }

    /** The media types accepted for a kind, judged from the bytes. */
    public static Set<String> allowedTypes(FileKind kind) {
        return kind == FileKind.DATA ? ContentInspector.DATA_FILE : ContentInspector.ID_DOCUMENT;
    }

    /** The form field a kind of file belongs to (for error messages). */
    public static String field(FileKind kind) {
        return switch (kind) {
            case ID_SCAN -> "idScan";
            case REQUEST_LETTER -> "requestLetter";
            case ATTACHMENT -> "attachment";
            case DATA -> "dataFile";
        };
    }

    /**
     * Checks and stages an uploaded file.
     *
     * @throws InvalidInputException when it is empty, too large or not a JPEG, PNG or PDF by content
     */
    public AcceptedFile accept(FileKind kind, String originalName, long size, InputStream content) {
        return accept(kind, field(kind), originalName, size, content);
    }

    /** {@link #accept(FileKind, String, long, InputStream) Accepts} a file of a form field with another name. */
    public AcceptedFile accept(FileKind kind, String field, String originalName, long size, InputStream content) {
        return accept(kind, new Rule(field, allowedTypes(kind), maxBytes(kind),
                kind == FileKind.DATA ? "upload.rejectedType.data" : "upload.rejectedType"), originalName, size,
                content);
    }

    /**
     * What a form field accepts: the media types judged from the bytes, the largest size, and the message key (with
     * the detected type as argument) of a refused type.
     */
    public record Rule(String field, Set<String> allowed, long maxBytes, String rejectedKey) {
    }

    /** Checks and stages an upload by {@code rule}; {@code kind} is what the file is to its owner. */
    public AcceptedFile accept(FileKind kind, Rule rule, String originalName, long size, InputStream content) {
        String field = rule.field();
        if (!UploadNames.isAcceptable(originalName)) {
            throw new InvalidInputException(field, "upload.badName", UploadNames.MAX_LENGTH);
        }
        if (size > rule.maxBytes()) {
            throw new InvalidInputException(field, "upload.tooLarge", megabytes(rule.maxBytes()));
        }
        if (size == 0) {
            throw new InvalidInputException(field, "upload.empty");
        }
        try (InputStream in = new BufferedInputStream(content, 64 * 1024)) {
            ContentInspector.Inspection inspection = inspector.inspect(in);
            if (!inspection.isAllowed(rule.allowed())) {
                throw new InvalidInputException(field, rule.rejectedKey(), inspection.mediaType());
            }
            StoredFile stored = staging.store(in);
            if (stored.sizeBytes() > rule.maxBytes()) {
                staging.delete(stored.storedName());
                throw new InvalidInputException(field, "upload.tooLarge", megabytes(rule.maxBytes()));
            }
            Optional<FileScreening.Problem> problem =
                    FileScreening.screen(inspection.baseType(), staging.path(stored.storedName()));
            if (problem.isPresent()) {
                staging.delete(stored.storedName());
                throw new InvalidInputException(field, problem.get().messageKey());
            }
            return new AcceptedFile(kind, stored.storedName(), displayName(originalName), inspection.mediaType(),
                    stored.sizeBytes(), stored.sha256Hex());
        } catch (IOException e) {
            throw new StorageUnavailableException(e); // a full or unwritable disk: "send again later", never a 500
        }
    }

    /**
     * Moves a staged file into the permanent store inside the caller's transaction: the staged copy is removed
     * after commit; after a rollback it stays for the form to be sent again, and the permanent one goes the way of
     * {@link UncommittedFiles}, so a failed submission leaves nothing behind and an uncertain commit loses nothing.
     * Promoting the same staged file again in the same transaction (a letter and the request made from it) returns
     * the same stored file.
     */
    public String promote(AcceptedFile file) {
        String key = PROMOTED + file.stagedName();
        Object earlier = transactions.getResource(key);
        if (earlier != null) {
            return (String) earlier;
        }
        String stored;
        try {
            stored = files.adopt(staging, file.stagedName()); // a link, not a second copy and flush (issue 8, P1)
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
        uncommitted.keepOnCommit(files, stored, () -> quietly(staging, file.stagedName()));
        transactions.putResource(key, stored);
        return stored;
    }

    /** {@link #promote Promotes} the file and returns what its owner keeps about it. */
    public FileDetails store(AcceptedFile file) {
        return new FileDetails(promote(file), file.originalName(), file.mediaType(), file.sizeBytes(), file.sha256());
    }

    /** Drops a staged file the applicant removed or replaced. */
    public void discard(AcceptedFile file) {
        quietly(staging, file.stagedName());
    }

    /** Opens a stored file of a submitted request. */
    public InputStream open(String storedName) throws IOException {
        return files.open(storedName);
    }

    /** Deletes staged files older than {@code age} (forms that were never submitted); returns how many. */
    public int sweepStaging(Duration age) {
        return staging.deleteOlderThan(age);
    }

    private static void quietly(FileStore store, String name) {
        try {
            store.delete(name);
        } catch (IOException | RuntimeException e) {
            System.getLogger(RequestUploads.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not delete stored file {0}: {1}", name, e.getMessage());
        }
    }

    private static String displayName(String name) {
        String n = name == null || name.isBlank() ? "file" : name;
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
