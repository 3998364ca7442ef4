package id.go.kpu.eppid.shared.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * Decides what an uploaded file really is from its bytes, with Apache Tika's magic-number detection. The file name
 * and the Content-Type the client declared are never looked at: the detector gets an empty {@link Metadata} (no
 * resource name, no content type), so {@code ktp.jpg} that starts with {@code MZ} is a Windows executable.
 *
 * <p>Only the first {@value #HEAD_BYTES} bytes are read. Typical use:
 * <pre>{@code
 * ContentInspector.Inspection found = inspector.inspect(upload);
 * if (!found.isAllowed(ContentInspector.ID_DOCUMENT)) { reject }
 * }</pre>
 * Thread-safe; the Tika detector is created once and shared.
 */
public final class ContentInspector {

    /** Media types accepted for an identity document scan (KTP, passport, request letter). */
    public static final Set<String> ID_DOCUMENT = Set.of("image/jpeg", "image/png", "application/pdf");

    /**
     * Media types accepted for data an official prepares for an applicant: PDF, images, Office Open XML workbooks and
     * documents (recognised by their {@code [Content_Types].xml} entry, not as any ZIP) and plain text such as CSV.
     */
    public static final Set<String> DATA_FILE = Set.of("image/jpeg", "image/png", "application/pdf",
            "application/x-tika-ooxml", "text/plain");

    /**
     * Media types accepted as documentation of a helpdesk consultation (HD-13): photos and screenshots, PDF, and the
     * recordings of a conversation or an online meeting (audio and video in the common containers).
     */
    public static final Set<String> DOCUMENTATION = Set.of("image/jpeg", "image/png", "application/pdf",
            "audio/mpeg", "audio/mp4", "audio/vnd.wave", "audio/x-wav", "audio/wav", "audio/ogg", "application/ogg",
            "audio/webm", "video/mp4", "video/x-m4v", "video/quicktime", "video/webm", "video/x-matroska");

    /** How many leading bytes are examined. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Detector DEFAULT_DETECTOR = new DefaultDetector(MimeTypes.getDefaultMimeTypes());

    private final Detector detector;

    /** Uses Tika's default detector (magic numbers from tika-core plus any detector found on the class path). */
    public ContentInspector() {
        this(DEFAULT_DETECTOR);
    }

    /**
     * Uses the given detector; it must be thread-safe, as Tika's are.
     *
     * @param detector the detector
     */
    public ContentInspector(Detector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * Detects the media type of the bytes at the current position of {@code in}. When the stream supports
     * mark/reset it is reset afterwards, so the caller can go on reading it from the same position; otherwise it is
     * wrapped in a {@link BufferedInputStream} here and up to {@value #HEAD_BYTES} bytes of it are consumed. The stream
     * is not closed.
     *
     * @param in the content
     * @return what was found
     * @throws IOException when reading fails
     */
    public Inspection inspect(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        InputStream source = in.markSupported() ? in : new BufferedInputStream(in, HEAD_BYTES);
        source.mark(HEAD_BYTES);
        byte[] head;
        try {
            head = source.readNBytes(HEAD_BYTES);
        } finally {
            source.reset();
        }
        return inspect(head);
    }

    /**
     * Detects the media type of a file's content.
     *
     * @param file the file
     * @return what was found
     * @throws IOException when reading fails
     */
    public Inspection inspect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return inspect(in.readNBytes(HEAD_BYTES));
        }
    }

    /**
     * Detects the media type of an upload's content (its name and declared type are ignored).
     *
     * @param file the upload
     * @return what was found
     * @throws IOException when reading fails
     */
    public Inspection inspect(UploadedFile file) throws IOException {
        try (InputStream in = file.open()) {
            return inspect(in.readNBytes(HEAD_BYTES));
        }
    }

    private Inspection inspect(byte[] head) throws IOException {
        MediaType type;
        try (TikaInputStream tis = TikaInputStream.get(head)) {
            type = detector.detect(tis, new Metadata(), new ParseContext());
        }
        if (type == null) {
            type = MediaType.OCTET_STREAM;
        }
        return new Inspection(type.toString(), type.getBaseType().toString(), head.length);
    }

    /**
     * The outcome of an inspection.
     *
     * @param mediaType     the detected media type, possibly with parameters (e.g.
     *                      {@code application/x-msdownload; format=pe32}); {@code application/octet-stream} when
     *                      nothing matched
     * @param baseType      {@code mediaType} without parameters, e.g. {@code image/jpeg}
     * @param bytesExamined how many bytes were looked at (0 for empty content)
     */
    public record Inspection(String mediaType, String baseType, int bytesExamined) {

        /** @return true when there was no content at all */
        public boolean isEmpty() {
            return bytesExamined == 0;
        }

        /**
         * @param allowed accepted media types without parameters, e.g. {@link ContentInspector#ID_DOCUMENT}
         * @return true when the content is not empty and its base type is in {@code allowed} (ignoring case)
         */
        public boolean isAllowed(Set<String> allowed) {
            if (isEmpty() || allowed == null) {
                return false;
            }
            String base = baseType.toLowerCase(Locale.ROOT);
            return allowed.stream().anyMatch(a -> a != null && a.trim().toLowerCase(Locale.ROOT).equals(base));
        }
    }
}
