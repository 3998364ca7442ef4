package id.go.kpu.eppid.shared.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.ParameterParser;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

/**
 * Parses a multipart/form-data request with Commons FileUpload 2 (streaming API, {@link JakartaServletDiskFileUpload}
 * with a {@link DiskFileItemFactory}) into a {@link ParsedMultipart}, instead of letting the container do it.
 *
 * <p>Why: Payara 6 keeps every part that {@code HttpServletRequest.getParts()} hands out reachable for ever (Payara
 * issue #6324), so the portal must never let the container parse a multipart body. This parser only calls
 * {@code getContentType()}, {@code getCharacterEncoding()}, {@code getContentLengthLong()} and
 * {@code getInputStream()} on the request; never {@code getParts()}, {@code getPart()} or {@code getParameter*()}.
 *
 * <p>Limits, all checked while streaming so that nothing beyond them is buffered:
 * <ul>
 * <li>per file ({@link Builder#maxFileSize}): a larger file throws {@link UploadTooLargeException} of kind
 * {@link UploadTooLargeException.Kind#FILE_SIZE} naming the field; or, with {@link Builder#skipOversizedFiles(boolean)
 * skipOversizedFiles(true)}, the file is read past and dropped, recorded in {@link ParsedMultipart#rejectedFiles()},
 * and the parse goes on with the following parts;</li>
 * <li>per request ({@link Builder#maxRequestSize}): checked against Content-Length before anything is read, and
 * against the bytes actually read (chunked requests); always thrown, kind {@code REQUEST_SIZE};</li>
 * <li>per text field ({@link Builder#maxFieldSize}) and number of parts ({@link Builder#maxParts}): always thrown.</li>
 * </ul>
 * Files up to {@link Builder#memoryThreshold} bytes stay in memory, larger ones go to temp files under
 * {@link Builder#tempDir}; {@link ParsedMultipart#close()} deletes them, and so does a parse that fails.
 *
 * <p>Text fields are decoded as UTF-8 unless their part declares another charset; part headers (file names) are read
 * as UTF-8, as browsers send them.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class MultipartParser {

    /** 1 MiB. */
    public static final long MB = 1024L * 1024L;
    /** Default per-file limit: 10 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10 * MB;
    /** Default per-request limit: 25 MiB. */
    public static final long DEFAULT_MAX_REQUEST_SIZE = 25 * MB;
    /** Default per-text-field limit: 1 MiB. */
    public static final long DEFAULT_MAX_FIELD_SIZE = MB;
    /** Default maximum number of parts (fields plus files). */
    public static final int DEFAULT_MAX_PARTS = 1000;
    /** Default in-memory threshold: 64 KiB. */
    public static final int DEFAULT_MEMORY_THRESHOLD = 64 * 1024;

    private static final String MULTIPART_FORM_DATA = "multipart/form-data";

    private final long maxFileSize;
    private final long maxRequestSize;
    private final long maxFieldSize;
    private final int maxParts;
    private final int memoryThreshold;
    private final Path tempDir;
    private final boolean skipOversizedFiles;
    private final DiskFileItemFactory factory;

    private MultipartParser(Builder b) {
        this.maxFileSize = b.maxFileSize;
        this.maxRequestSize = b.maxRequestSize;
        this.maxFieldSize = b.maxFieldSize;
        this.maxParts = b.maxParts;
        this.memoryThreshold = b.memoryThreshold;
        this.tempDir = b.tempDir.toAbsolutePath().normalize();
        this.skipOversizedFiles = b.skipOversizedFiles;
        this.factory = DiskFileItemFactory.builder()
                .setPath(tempDir)
                .setBufferSize(memoryThreshold)
                .setCharset(StandardCharsets.UTF_8)
                .get();
    }

    /** @return a builder with the defaults (10 MiB per file, 25 MiB per request, temp dir under java.io.tmpdir) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a request carries a multipart/form-data body, looking at its Content-Type header only (the body
     * is not touched, the container is not asked to parse anything).
     *
     * @param request the request
     * @return true for Content-Type multipart/form-data (any case, any parameters)
     */
    public static boolean isMultipartFormData(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith(MULTIPART_FORM_DATA);
    }

    /**
     * Reads and parses the whole body of a multipart/form-data request.
     *
     * @param request the container's request; its input stream is consumed
     * @return the parsed fields and files; the caller must close it
     * @throws UploadTooLargeException when a limit is broken (no temp file is left behind)
     * @throws MultipartException      when the request is not multipart/form-data or its body is malformed
     * @throws IOException             when reading the body fails (client gone)
     * @throws StorageUnavailableException when a temp file cannot be written (a full disk)
     */
    public ParsedMultipart parse(HttpServletRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (!isMultipartFormData(request)) {
            throw new MultipartException("Not a multipart/form-data request: " + request.getContentType());
        }
        try {
            ensureTempDir();
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        }
        JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload(factory);
        upload.setSizeMax(maxRequestSize);
        upload.setFileSizeMax(-1); // per-part limits are enforced below, with our own typed exception
        upload.setHeaderCharset(StandardCharsets.UTF_8);

        ParsedMultipart result = new ParsedMultipart(tempDir);
        boolean success = false;
        try {
            FileItemInputIterator iterator = upload.getItemIterator(request);
            byte[] buffer = new byte[8192];
            int parts = 0;
            while (iterator.hasNext()) {
                FileItemInput input = iterator.next();
                if (++parts > maxParts) {
                    throw new UploadTooLargeException(UploadTooLargeException.Kind.PART_COUNT, null, null,
                            maxParts, -1);
                }
                String fieldName = input.getFieldName();
                if (fieldName == null) {
                    drain(input, buffer); // a part without a name cannot be addressed: skip it
                } else if (input.isFormField()) {
                    readField(input, fieldName, result, buffer);
                } else {
                    readFile(upload, input, fieldName, result, buffer);
                }
            }
            success = true;
            return result.complete();
        } catch (MultipartException e) {
            throw e;
        } catch (IOException e) {
            FileUploadSizeException tooLarge = find(e, FileUploadSizeException.class);
            if (tooLarge != null) {
                throw new UploadTooLargeException(UploadTooLargeException.Kind.REQUEST_SIZE, null, null,
                        maxRequestSize, tooLarge.getActualSize());
            }
            FileUploadException malformed = find(e, FileUploadException.class);
            if (malformed != null) {
                throw new MultipartException("Malformed multipart/form-data request: " + malformed.getMessage(), e);
            }
            throw e;
        } finally {
            if (!success) {
                result.close();
            }
        }
    }

    private void readField(FileItemInput input, String fieldName, ParsedMultipart result, byte[] buffer)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = input.getInputStream()) {
            long copied = copyAtMost(in, bytes, maxFieldSize + 1, buffer);
            if (copied > maxFieldSize) {
                throw new UploadTooLargeException(UploadTooLargeException.Kind.FIELD_SIZE, fieldName, null,
                        maxFieldSize, -1);
            }
        }
        byte[] raw = bytes.toByteArray();
        String value = new String(raw, charsetOf(input.getContentType()));
        result.addField(new ParsedMultipart.FieldEntry(fieldName, value, raw, input.getContentType(),
                input.getHeaders()));
    }

    private static final Pattern QUOTED_FILE_NAME =
            Pattern.compile("(?i);\\s*filename=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The quoted {@code filename} of a Content-Disposition exactly as sent: the header parser trims the white space
     * around it, which hides a crafted name such as {@code "ktp.jpg "} ({@link UploadNames}).
     */
    static Optional<String> quotedFileName(String contentDisposition) {
        if (contentDisposition == null) {
            return Optional.empty();
        }
        Matcher m = QUOTED_FILE_NAME.matcher(contentDisposition);
        return m.find() ? Optional.of(m.group(1).replaceAll("\\\\(.)", "$1")) : Optional.empty();
    }

    private void readFile(JakartaServletDiskFileUpload upload, FileItemInput input, String fieldName,
            ParsedMultipart result, byte[] buffer) throws IOException {
        // getName() would throw on a NUL in the name; read the raw value from the headers and sanitise it instead
        String rawName = upload.getFileName(input.getHeaders());
        String fileName = UploadedFile.sanitizeFileName(rawName);
        String submittedName = quotedFileName(input.getHeaders().getHeader("content-disposition")).orElse(rawName);
        DiskFileItem item = factory.fileItemBuilder()
                .setFieldName(fieldName)
                .setContentType(input.getContentType())
                .setFormField(false)
                .setFileName(fileName)
                .setFileItemHeaders(input.getHeaders())
                .get();
        UploadedFile file = new UploadedFile(fieldName, fileName, submittedName, input.getContentType(), item,
                input.getHeaders());
        result.addFile(file); // registered before writing so that a failure below still deletes its temp file
        long copied;
        long drained = 0;
        try (InputStream in = input.getInputStream(); OutputStream out = new TempFileOutput(item.getOutputStream())) {
            copied = copyAtMost(in, out, maxFileSize + 1, buffer);
            if (copied > maxFileSize && skipOversizedFiles) {
                drained = drain(in, buffer); // the request size limit still applies while draining
            }
        }
        if (copied > maxFileSize) {
            file.release();
            result.removeFile(file);
            UploadTooLargeException error = new UploadTooLargeException(UploadTooLargeException.Kind.FILE_SIZE,
                    fieldName, fileName, maxFileSize, skipOversizedFiles ? copied + drained : -1);
            if (!skipOversizedFiles) {
                throw error;
            }
            result.addRejected(fieldName, error);
        }
    }

    /**
     * The temp file a part is written to: a write that fails (a full or unwritable temp folder) is the server's
     * storage, not the client's connection, and says so ({@link StorageUnavailableException}: "send again later").
     */
    private static final class TempFileOutput extends FilterOutputStream {

        TempFileOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new StorageUnavailableException(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new StorageUnavailableException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new StorageUnavailableException(e);
            }
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max, byte[] buffer) throws IOException {
        long total = 0;
        while (total < max) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static long drain(FileItemInput input, byte[] buffer) throws IOException {
        try (InputStream in = input.getInputStream()) {
            return drain(in, buffer);
        }
    }

    private static long drain(InputStream in, byte[] buffer) throws IOException {
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            ParameterParser parser = new ParameterParser();
            parser.setLowerCaseNames(true);
            String name = parser.parse(contentType, ';').get("charset");
            if (name != null) {
                try {
                    return Charset.forName(name.trim());
                } catch (IllegalArgumentException unsupported) {
                    // fall back to UTF-8
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private void ensureTempDir() throws IOException {
        if (Files.isDirectory(tempDir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(tempDir,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(tempDir);
        }
    }

    /** @return the per-file limit in bytes */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** @return the per-request limit in bytes */
    public long maxRequestSize() {
        return maxRequestSize;
    }

    /** @return the per-text-field limit in bytes */
    public long maxFieldSize() {
        return maxFieldSize;
    }

    /** @return the maximum number of parts */
    public int maxParts() {
        return maxParts;
    }

    /** @return the size up to which a file is kept in memory */
    public int memoryThreshold() {
        return memoryThreshold;
    }

    /** @return the directory holding temp files (absolute) */
    public Path tempDir() {
        return tempDir;
    }

    /** @return true when oversized files are dropped and recorded instead of failing the parse */
    public boolean skipsOversizedFiles() {
        return skipOversizedFiles;
    }

    @Override
    public String toString() {
        return "MultipartParser[maxFileSize=" + maxFileSize + ", maxRequestSize=" + maxRequestSize
                + ", maxFieldSize=" + maxFieldSize + ", maxParts=" + maxParts + ", memoryThreshold="
                + memoryThreshold + ", tempDir=" + tempDir + ", skipOversizedFiles=" + skipOversizedFiles + "]";
    }

    /** Builds a {@link MultipartParser}; every setting has a default. Not thread-safe. */
    public static final class Builder {

        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private long maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;
        private long maxFieldSize = DEFAULT_MAX_FIELD_SIZE;
        private int maxParts = DEFAULT_MAX_PARTS;
        private int memoryThreshold = DEFAULT_MEMORY_THRESHOLD;
        private Path tempDir = Path.of(System.getProperty("java.io.tmpdir"), "eppid-upload");
        private boolean skipOversizedFiles;

        private Builder() {
        }

        /**
         * @param bytes largest accepted file, &gt; 0
         * @return this builder
         */
        public Builder maxFileSize(long bytes) {
            this.maxFileSize = positive(bytes, "maxFileSize");
            return this;
        }

        /**
         * @param bytes largest accepted request body (all parts and multipart framing), &gt; 0
         * @return this builder
         */
        public Builder maxRequestSize(long bytes) {
            this.maxRequestSize = positive(bytes, "maxRequestSize");
            return this;
        }

        /**
         * @param bytes largest accepted text field, &gt; 0
         * @return this builder
         */
        public Builder maxFieldSize(long bytes) {
            this.maxFieldSize = positive(bytes, "maxFieldSize");
            return this;
        }

        /**
         * @param count most parts (fields plus files) accepted in one request, &gt; 0
         * @return this builder
         */
        public Builder maxParts(int count) {
            this.maxParts = (int) positive(count, "maxParts");
            return this;
        }

        /**
         * @param bytes files up to this size stay in memory, larger ones go to a temp file; &gt;= 0
         * @return this builder
         */
        public Builder memoryThreshold(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("memoryThreshold must be >= 0: " + bytes);
            }
            this.memoryThreshold = bytes;
            return this;
        }

        /**
         * @param dir where temp files go; created (mode 700 where supported) when missing
         * @return this builder
         */
        public Builder tempDir(Path dir) {
            this.tempDir = Objects.requireNonNull(dir, "tempDir");
            return this;
        }

        /**
         * @param skip true to drop a file over the per-file limit and go on parsing (it is then listed in
         *             {@link ParsedMultipart#rejectedFiles()}), false (default) to throw
         *             {@link UploadTooLargeException}
         * @return this builder
         */
        public Builder skipOversizedFiles(boolean skip) {
            this.skipOversizedFiles = skip;
            return this;
        }

        /** @return the parser */
        public MultipartParser build() {
            return new MultipartParser(this);
        }

        private static long positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be > 0: " + value);
            }
            return value;
        }
    }
}
