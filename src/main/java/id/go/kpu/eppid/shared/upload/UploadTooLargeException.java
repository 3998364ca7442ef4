package id.go.kpu.eppid.shared.upload;

/**
 * A multipart request broke one of the limits of its {@link MultipartParser}: a file bigger than the per-file maximum,
 * a text field bigger than the per-field maximum, a body bigger than the per-request maximum, or too many parts.
 *
 * <p>{@link #getFieldName()} names the form field at fault (null when the request as a whole is at fault) and
 * {@link #getLimit()} gives the limit that was broken, in bytes (or parts, for {@link Kind#PART_COUNT}), so a page can
 * say "KTP scan: at most 10 MB" instead of showing a generic error.
 */
public class UploadTooLargeException extends MultipartException {

    private static final long serialVersionUID = 1L;

    /** Which limit was broken. */
    public enum Kind {
        /** One uploaded file was larger than the per-file maximum. */
        FILE_SIZE,
        /** One text field was larger than the per-field maximum. */
        FIELD_SIZE,
        /** The request body as a whole was larger than the per-request maximum. */
        REQUEST_SIZE,
        /** The request had more parts (fields plus files) than allowed. */
        PART_COUNT
    }

    /** Which limit was broken. */
    private final Kind kind;
    /** The form field at fault, or null. */
    private final String fieldName;
    /** The sanitised file name, or null. */
    private final String fileName;
    /** The limit broken. */
    private final long limit;
    /** The size seen, or -1. */
    private final long actualSize;

    /**
     * Creates the exception.
     *
     * @param kind       which limit was broken
     * @param fieldName  the form field at fault, or null when the whole request is at fault
     * @param fileName   the sanitised submitted file name, or null (fields, whole request)
     * @param limit      the limit that was broken (bytes, or parts for {@link Kind#PART_COUNT})
     * @param actualSize the size seen, or -1 when it is unknown (the parser stopped reading)
     */
    public UploadTooLargeException(Kind kind, String fieldName, String fileName, long limit, long actualSize) {
        super(describe(kind, fieldName, fileName, limit, actualSize));
        this.kind = kind;
        this.fieldName = fieldName;
        this.fileName = fileName;
        this.limit = limit;
        this.actualSize = actualSize;
    }

    private static String describe(Kind kind, String fieldName, String fileName, long limit, long actualSize) {
        String seen = actualSize >= 0 ? " (" + actualSize + " bytes)" : "";
        return switch (kind) {
            case FILE_SIZE -> "File " + (fileName == null || fileName.isEmpty() ? "" : "'" + fileName + "' ")
                    + "in field '" + fieldName + "' exceeds the maximum file size of " + limit + " bytes" + seen;
            case FIELD_SIZE -> "Form field '" + fieldName + "' exceeds the maximum field size of " + limit + " bytes";
            case REQUEST_SIZE -> "Request exceeds the maximum upload size of " + limit + " bytes" + seen;
            case PART_COUNT -> "Request has more than " + limit + " parts";
        };
    }

    /** @return which limit was broken */
    public Kind getKind() {
        return kind;
    }

    /** @return the form field at fault, or null when the request as a whole broke the limit */
    public String getFieldName() {
        return fieldName;
    }

    /** @return the sanitised name of the rejected file, or null */
    public String getFileName() {
        return fileName;
    }

    /** @return the limit that was broken: bytes, or parts for {@link Kind#PART_COUNT} */
    public long getLimit() {
        return limit;
    }

    /** @return the size that was seen, or -1 when reading stopped at the limit */
    public long getActualSize() {
        return actualSize;
    }
}
