package id.go.kpu.eppid.shared.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.FileItemHeaders;

/**
 * One file part of a multipart/form-data request, as parsed by {@link MultipartParser}. Its bytes live in memory
 * (small files) or in a temp file under the parser's temp directory; both go away when the owning
 * {@link ParsedMultipart} is closed, so read, copy or {@link #moveTo move} them before that.
 *
 * <p>What the client said about the file is not trusted: {@link #fileName()} is sanitised (see
 * {@link #sanitizeFileName(String)}) and meant for display only, never for a path on disk; {@link #declaredContentType()}
 * is whatever the browser put in the part header. Decide on the type with {@link ContentInspector}, store with
 * {@link FileStore}.
 *
 * <p>A file input left empty arrives as a part with an empty name and no bytes: {@link #isEmpty()} is then true.
 */
public final class UploadedFile {

    /** Longest {@link #fileName()} kept, in Unicode code points. */
    public static final int MAX_FILE_NAME_LENGTH = 200;

    /** Name given when the submitted name had characters but none survived sanitising. */
    static final String FALLBACK_NAME = "unnamed";

    private final String fieldName;
    private final String fileName;
    private final String submittedFileName;
    private final String declaredContentType;
    private final DiskFileItem item;
    private final FileItemHeaders headers;
    private volatile boolean gone;

    UploadedFile(String fieldName, String fileName, String submittedFileName, String declaredContentType,
            DiskFileItem item, FileItemHeaders headers) {
        this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.submittedFileName = Objects.requireNonNullElse(submittedFileName, "");
        this.declaredContentType = declaredContentType;
        this.item = Objects.requireNonNull(item, "item");
        this.headers = headers;
    }

    /** @return the name of the form field (the input's {@code name}) the file was sent for */
    public String fieldName() {
        return fieldName;
    }

    /**
     * @return the submitted file name after {@link #sanitizeFileName(String)}: no directories, no control or bidi
     *         characters, at most {@value #MAX_FILE_NAME_LENGTH} code points; empty when no file was chosen
     */
    public String fileName() {
        return fileName;
    }

    /**
     * @return the file name exactly as the client sent it ("" when none), for a caller that refuses a crafted name
     *         ({@link UploadNames}) rather than showing it cleaned; never for display or a path
     */
    public String submittedFileName() {
        return submittedFileName;
    }

    /**
     * @return the Content-Type the client declared for the part (may be null); informative only, never use it to
     *         decide whether the file is acceptable
     */
    public String declaredContentType() {
        return declaredContentType;
    }

    /** @return the number of bytes received */
    public long size() {
        return item.getSize();
    }

    /** @return true when the part carried no bytes (typically a file input left empty) */
    public boolean isEmpty() {
        return size() == 0;
    }

    /** @return true when the bytes are held in memory (below the parser's threshold), false when in a temp file */
    public boolean isInMemory() {
        return item.isInMemory();
    }

    /**
     * Opens the bytes for reading; each call gives a new stream from the start.
     *
     * @return a stream the caller must close
     * @throws IOException           when the temp file cannot be read
     * @throws IllegalStateException when the file was moved away, deleted, or its {@link ParsedMultipart} closed
     */
    public InputStream open() throws IOException {
        ensureAvailable();
        if (item.isInMemory()) {
            return new ByteArrayInputStream(item.get());
        }
        return Files.newInputStream(item.getPath());
    }

    /**
     * Copies the bytes to {@code target}; the upload stays readable.
     *
     * @param target  the file to write; its parent directory must exist
     * @param options {@link StandardCopyOption#REPLACE_EXISTING} to overwrite; other options are ignored
     * @return {@code target}
     * @throws IOException when writing fails, or {@code target} exists and REPLACE_EXISTING was not given
     */
    public Path copyTo(Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(target, "target");
        try (InputStream in = open()) {
            if (Arrays.asList(options).contains(StandardCopyOption.REPLACE_EXISTING)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.copy(in, target);
            }
        }
        return target;
    }

    /**
     * Moves the bytes to {@code target}: a rename when they are in a temp file (a copy and delete when the target is
     * on another file system), a write when they are in memory. Afterwards this upload can no longer be opened.
     *
     * @param target  the file to create; its parent directory must exist
     * @param options passed to {@link Files#move}: {@link StandardCopyOption#REPLACE_EXISTING},
     *                {@link StandardCopyOption#ATOMIC_MOVE}
     * @return {@code target}
     * @throws IOException when the move fails (the upload then stays where it was)
     */
    public Path moveTo(Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(target, "target");
        ensureAvailable();
        if (item.isInMemory()) {
            copyTo(target, options);
        } else {
            Files.move(item.getPath(), target, options);
        }
        gone = true;
        return target;
    }

    /**
     * Deletes the temp file (if any) now instead of at {@link ParsedMultipart#close()}. Afterwards the upload can no
     * longer be opened. Calling it again does nothing.
     *
     * @throws IOException when the temp file exists but cannot be deleted
     */
    public void delete() throws IOException {
        if (!gone) {
            gone = true;
            item.delete();
        }
    }

    FileItemHeaders headers() {
        return headers;
    }

    /** Deletes quietly; used by {@link ParsedMultipart#close()}. Returns the failure, if any. */
    IOException release() {
        try {
            gone = true;
            item.delete();
            return null;
        } catch (IOException | RuntimeException e) {
            return e instanceof IOException io ? io : new IOException(e);
        }
    }

    private void ensureAvailable() {
        if (gone) {
            throw new IllegalStateException("Upload '" + fileName + "' of field '" + fieldName
                    + "' was moved, deleted, or its request already finished");
        }
    }

    /**
     * Makes a client-supplied file name safe to show and to put in a header or a database column. It is still
     * never to be used as (part of) a path on disk: {@link FileStore} generates its own names.
     * <ol>
     * <li>NFC-normalises, then removes NUL and every other control character (C0, DEL, C1), Unicode format
     * characters (bidi overrides and isolates such as U+202E, zero-width characters, BOM), line/paragraph separators,
     * lone surrogates, unassigned code points and non-characters;</li>
     * <li>keeps only what follows the last {@code /} or {@code \} (so {@code ../../etc/passwd} becomes {@code passwd},
     * {@code C:\fakepath\ktp.jpg} becomes {@code ktp.jpg});</li>
     * <li>replaces the characters Windows forbids in names ({@code < > : " | ? *}) by {@code _}, trims white space
     * and leading/trailing dots;</li>
     * <li>caps the result at {@value #MAX_FILE_NAME_LENGTH} code points, keeping a short extension.</li>
     * </ol>
     *
     * @param raw the submitted name, may be null
     * @return "" for a null or empty name, {@value #FALLBACK_NAME} when nothing is left of a non-empty one, otherwise
     *         the cleaned name
     */
    public static String sanitizeFileName(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalized.length());
        normalized.codePoints().filter(UploadedFile::isAllowedCodePoint).forEach(kept::appendCodePoint);
        String name = kept.toString();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder safe = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            safe.append("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        }
        name = stripDotsAndSpaces(safe.toString());
        if (name.isEmpty()) {
            return FALLBACK_NAME;
        }
        return capLength(name);
    }

    private static boolean isAllowedCodePoint(int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED) {
            return false;
        }
        // non-characters U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }

    private static String stripDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start))
                || Character.isSpaceChar(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1))
                || Character.isSpaceChar(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String capLength(String name) {
        int count = name.codePointCount(0, name.length());
        if (count <= MAX_FILE_NAME_LENGTH) {
            return name;
        }
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String candidate = name.substring(dot);
            int extLength = candidate.codePointCount(0, candidate.length());
            if (extLength <= 16) {
                extension = candidate;
                name = name.substring(0, dot);
            }
        }
        int room = MAX_FILE_NAME_LENGTH - extension.codePointCount(0, extension.length());
        int cut = name.offsetByCodePoints(0, Math.min(room, name.codePointCount(0, name.length())));
        return stripDotsAndSpaces(name.substring(0, cut)) + extension;
    }

    @Override
    public String toString() {
        return "UploadedFile[field=" + fieldName + ", name=" + fileName + ", size=" + size() + ", inMemory="
                + isInMemory() + "]";
    }
}
