package id.go.kpu.eppid.shared.upload;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.FileItemHeaders;

/**
 * The result of {@link MultipartParser#parse}: the text fields, the uploaded files and (when the parser was told to
 * skip oversized files) the files that were rejected. Closing it deletes every temp file the parse created; use it in
 * try-with-resources, or rely on {@link MultipartRequestFilter}, which closes it when the request is done.
 *
 * <p>Not meant to be shared between threads while it is being closed; reading from several threads is fine.
 */
public final class ParsedMultipart implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ParsedMultipart.class.getName());

    /** One part, in the order the client sent them; the request wrapper turns them into servlet Parts. */
    sealed interface Entry permits FieldEntry, FileEntry, RejectedEntry {
        String name();
    }

    /** A text field: its decoded value and its raw bytes. */
    record FieldEntry(String name, String value, byte[] raw, String contentType, FileItemHeaders headers)
            implements Entry {
    }

    /** A file part. */
    record FileEntry(UploadedFile file) implements Entry {
        @Override
        public String name() {
            return file.fieldName();
        }
    }

    /** A file part dropped for being too large (skip mode). */
    record RejectedEntry(String name, UploadTooLargeException error) implements Entry {
    }

    private final Path tempDir;
    private final List<Entry> entries = new ArrayList<>();
    private Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<UploadedFile> files = new ArrayList<>();
    private final List<UploadTooLargeException> rejected = new ArrayList<>();
    private volatile boolean closed;

    ParsedMultipart(Path tempDir) {
        this.tempDir = tempDir;
    }

    void addField(FieldEntry field) {
        entries.add(field);
        fields.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(field.value());
    }

    void addFile(UploadedFile file) {
        entries.add(new FileEntry(file));
        files.add(file);
    }

    void removeFile(UploadedFile file) {
        files.remove(file);
        entries.removeIf(e -> e instanceof FileEntry fe && fe.file() == file);
    }

    void addRejected(String fieldName, UploadTooLargeException error) {
        entries.add(new RejectedEntry(fieldName, error));
        rejected.add(error);
    }

    /** Freezes the collections once parsing is complete. */
    ParsedMultipart complete() {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        fields.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(frozen);
        return this;
    }

    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    Path tempDir() {
        return tempDir;
    }

    /**
     * @return every text field, by name, in the order sent; values decoded as UTF-8 unless the part declared another
     *         charset. File parts are not in this map. Unmodifiable.
     */
    public Map<String, List<String>> fields() {
        return fields;
    }

    /**
     * @param name the field name
     * @return the first value of the field, if it was sent
     */
    public Optional<String> field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * @param name the field name
     * @return all values of the field in the order sent, empty when it was not sent
     */
    public List<String> fieldValues(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /**
     * @return every file part in the order sent, including empty ones (a file input left empty); unmodifiable
     */
    public List<UploadedFile> files() {
        return Collections.unmodifiableList(files);
    }

    /**
     * @param fieldName the input's name
     * @return the file parts sent for that field, including empty ones
     */
    public List<UploadedFile> files(String fieldName) {
        return files.stream().filter(f -> f.fieldName().equals(fieldName)).toList();
    }

    /**
     * @param fieldName the input's name
     * @return the first file sent for that field that has a name or bytes (an input left empty does not count)
     */
    public Optional<UploadedFile> file(String fieldName) {
        return files.stream()
                .filter(f -> f.fieldName().equals(fieldName))
                .filter(f -> !f.isEmpty() || !f.fileName().isEmpty())
                .findFirst();
    }

    /**
     * @return the files dropped for exceeding the per-file limit, when the parser was built with
     *         {@link MultipartParser.Builder#skipOversizedFiles(boolean) skipOversizedFiles(true)}; otherwise always
     *         empty (the parse threw instead)
     */
    public List<UploadTooLargeException> rejectedFiles() {
        return Collections.unmodifiableList(rejected);
    }

    /** @return true once {@link #close()} ran */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Deletes every temp file of this request (files already moved away with {@link UploadedFile#moveTo} are left
     * where they are). Safe to call more than once; never throws: a file that cannot be deleted is logged.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Entry entry : entries) {
            if (entry instanceof FileEntry fe) {
                IOException failure = fe.file().release();
                if (failure != null) {
                    LOG.log(Level.WARNING, "Could not delete upload temp file of field " + fe.name(), failure);
                }
            }
        }
    }
}
