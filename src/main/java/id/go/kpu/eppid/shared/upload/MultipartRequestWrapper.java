package id.go.kpu.eppid.shared.upload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.fileupload2.core.FileItemHeaders;

/**
 * A multipart/form-data request whose body was parsed by {@link MultipartParser}: the parameter methods answer from
 * the query string and the parsed text fields, the part methods from the parsed parts. The container request is never
 * asked for its parameters or parts, so the container never parses the body (see Payara issue #6324).
 *
 * <ul>
 * <li>{@code getParameter*}: query-string parameters first (decoded as UTF-8 from {@link #getQueryString()}), then
 * the text fields of the body, in the order sent. File parts are not parameters.</li>
 * <li>{@code getParts()/getPart(name)}: every part in the order sent, text fields included, as
 * {@link Part}s backed by the parsed data. For files, {@link Part#getSubmittedFileName()} and the
 * {@code content-disposition} header carry the sanitised file name (an input left empty keeps
 * {@code filename=""}, which Faces uses to tell "no file"); {@link Part#write(String)} copies the bytes (a relative
 * name is taken relative to the parser's temp directory); {@link Part#delete()} deletes the temp file.</li>
 * <li>A file dropped for exceeding the per-file limit shows up as an empty file part (no name, no bytes), so that a
 * required {@code h:inputFile} fails validation rather than being silently skipped; the error itself is in the
 * request attribute {@link MultipartRequestFilter#ERROR_ATTRIBUTE}.</li>
 * </ul>
 * The parts are only valid while the request is being handled: {@link MultipartRequestFilter} closes the
 * {@link ParsedMultipart} afterwards.
 */
public class MultipartRequestWrapper extends HttpServletRequestWrapper {

    private final ParsedMultipart multipart;
    private final Map<String, String[]> parameters;
    private final List<Part> parts;

    /**
     * Wraps a request whose body has been parsed.
     *
     * @param request   the container's request (its body already consumed by the parser)
     * @param multipart what the parser read from it
     */
    public MultipartRequestWrapper(HttpServletRequest request, ParsedMultipart multipart) {
        super(request);
        this.multipart = Objects.requireNonNull(multipart, "multipart");
        this.parameters = mergeParameters(parseQueryString(request.getQueryString()), multipart.fields());
        this.parts = Collections.unmodifiableList(toParts(multipart));
    }

    /** @return the parsed body, to get at {@link UploadedFile}s directly */
    public ParsedMultipart getMultipart() {
        return multipart;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Collection<Part> getParts() {
        return parts;
    }

    @Override
    public Part getPart(String name) {
        for (Part part : parts) {
            if (part.getName().equals(name)) {
                return part;
            }
        }
        return null;
    }

    /**
     * Parses a query string as application/x-www-form-urlencoded, UTF-8. Malformed escapes are kept as they are.
     */
    static Map<String, List<String>> parseQueryString(String query) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return result;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return result;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    private static Map<String, String[]> mergeParameters(Map<String, List<String>> query,
            Map<String, List<String>> body) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        query.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        body.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        Map<String, String[]> result = new LinkedHashMap<>();
        merged.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(result);
    }

    private static List<Part> toParts(ParsedMultipart multipart) {
        List<Part> result = new ArrayList<>();
        Path tempDir = multipart.tempDir();
        for (ParsedMultipart.Entry entry : multipart.entries()) {
            if (entry instanceof ParsedMultipart.FieldEntry field) {
                result.add(new MemoryPart(field.name(), null, field.contentType(), field.raw(),
                        headers(field.headers(), field.name(), null, field.contentType()), tempDir));
            } else if (entry instanceof ParsedMultipart.FileEntry fileEntry) {
                UploadedFile file = fileEntry.file();
                result.add(new FilePart(file, headers(file.headers(), file.fieldName(), file.fileName(),
                        file.declaredContentType()), tempDir));
            } else if (entry instanceof ParsedMultipart.RejectedEntry rejected) {
                result.add(new MemoryPart(rejected.name(), "", null, new byte[0],
                        headers(null, rejected.name(), "", null), tempDir));
            }
        }
        return result;
    }

    /**
     * The part's headers, names case-insensitive, with content-disposition rebuilt from the (sanitised) values.
     */
    private static Map<String, List<String>> headers(FileItemHeaders original, String name, String fileName,
            String contentType) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (original != null) {
            for (Iterator<String> names = original.getHeaderNames(); names.hasNext();) {
                String header = names.next();
                List<String> values = new ArrayList<>();
                original.getHeaders(header).forEachRemaining(values::add);
                headers.put(header, values);
            }
        }
        headers.remove("content-disposition");
        headers.put("content-disposition", List.of(contentDisposition(name, fileName)));
        if (contentType == null) {
            headers.remove("content-type");
        }
        Map<String, List<String>> frozen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** {@code form-data; name="..."[; filename="..."]}, quoted the way browsers do (HTML's multipart encoding). */
    static String contentDisposition(String name, String fileName) {
        StringBuilder sb = new StringBuilder("form-data; name=\"").append(quote(name)).append('"');
        if (fileName != null) {
            sb.append("; filename=\"").append(quote(fileName)).append('"');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.replace("\r", "%0D").replace("\n", "%0A").replace("\"", "%22");
    }

    private static Path resolve(Path tempDir, String fileName) {
        Path path = Path.of(fileName);
        return path.isAbsolute() ? path : tempDir.resolve(path);
    }

    /** Common header handling. */
    private abstract static class AbstractPart implements Part {
        private final Map<String, List<String>> headers;
        final Path tempDir;

        AbstractPart(Map<String, List<String>> headers, Path tempDir) {
            this.headers = headers;
            this.tempDir = tempDir;
        }

        @Override
        public String getHeader(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return headers.getOrDefault(name, List.of());
        }

        @Override
        public Collection<String> getHeaderNames() {
            return headers.keySet();
        }
    }

    /** A file part backed by an {@link UploadedFile}. */
    private static final class FilePart extends AbstractPart {
        private final UploadedFile file;

        FilePart(UploadedFile file, Map<String, List<String>> headers, Path tempDir) {
            super(headers, tempDir);
            this.file = file;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.open();
        }

        @Override
        public String getContentType() {
            return file.declaredContentType();
        }

        @Override
        public String getName() {
            return file.fieldName();
        }

        @Override
        public String getSubmittedFileName() {
            return file.fileName();
        }

        @Override
        public long getSize() {
            return file.size();
        }

        @Override
        public void write(String fileName) throws IOException {
            file.copyTo(resolve(tempDir, fileName), StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void delete() throws IOException {
            file.delete();
        }

        @Override
        public String toString() {
            return "Part[" + file + "]";
        }
    }

    /** A text field, or the empty stand-in for a rejected file. */
    private static final class MemoryPart extends AbstractPart {
        private final String name;
        private final String submittedFileName;
        private final String contentType;
        private final byte[] data;

        MemoryPart(String name, String submittedFileName, String contentType, byte[] data,
                Map<String, List<String>> headers, Path tempDir) {
            super(headers, tempDir);
            this.name = name;
            this.submittedFileName = submittedFileName;
            this.contentType = contentType;
            this.data = data;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(data);
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getSubmittedFileName() {
            return submittedFileName;
        }

        @Override
        public long getSize() {
            return data.length;
        }

        @Override
        public void write(String fileName) throws IOException {
            Files.write(resolve(tempDir, fileName), data);
        }

        @Override
        public void delete() {
            // nothing on disk
        }

        @Override
        public String toString() {
            return "Part[field=" + name + ", size=" + data.length + "]";
        }
    }
}
