package id.go.kpu.eppid.shared.upload;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Parses every POST multipart/form-data request itself, with {@link MultipartParser}, and hands the rest of the chain
 * a {@link MultipartRequestWrapper}, so that the container (Payara 6, which leaks every part it parses: Payara issue
 * #6324) never parses a multipart body. Faces {@code h:inputFile} and PrimeFaces {@code p:fileUpload} (native
 * uploader) keep working: they call {@code getParts()/getPart()} and get the wrapper's parts. After the chain returns
 * (or throws) the {@link ParsedMultipart} is closed, so no temp file outlives the request; for a request that went
 * async it is closed when the async cycle completes.
 *
 * <p>Not annotated: register it in web.xml for the Faces servlet (and any servlet that takes uploads), before any
 * filter that reads request parameters:
 * <pre>{@code
 * <filter>
 *   <filter-name>multipart</filter-name>
 *   <filter-class>id.go.kpu.eppid.shared.upload.MultipartRequestFilter</filter-class>
 *   <async-supported>true</async-supported>
 *   <init-param><param-name>maxFileSize</param-name><param-value>10MB</param-value></init-param>
 *   <init-param><param-name>maxRequestSize</param-name><param-value>25MB</param-value></init-param>
 * </filter>
 * <filter-mapping>
 *   <filter-name>multipart</filter-name>
 *   <servlet-name>Faces Servlet</servlet-name>
 * </filter-mapping>
 * }</pre>
 * Init parameters (all optional; sizes as bytes or with a KB/MB/GB suffix): {@value #PARAM_MAX_FILE_SIZE} (default
 * 10MB), {@value #PARAM_MAX_REQUEST_SIZE} (25MB), {@value #PARAM_MAX_FIELD_SIZE} (1MB), {@value #PARAM_MAX_PARTS}
 * (1000), {@value #PARAM_MEMORY_THRESHOLD} (64KB), {@value #PARAM_TEMP_DIR} (default: {@code eppid-upload} under
 * the web application's temp dir). A filter made with {@link #MultipartRequestFilter(MultipartParser)} ignores them.
 *
 * <p><b>What happens on oversize</b> (the design choice):
 * <ul>
 * <li>A <b>file</b> over the per-file limit: the parser reads past its bytes without keeping them and goes on with
 * the following parts, so every field (the Faces view state included, which comes after the file inputs) is there.
 * The filter sets the request attribute {@value #ERROR_ATTRIBUTE} to the {@link UploadTooLargeException} (field name,
 * limit) and continues the chain; the file shows up as an empty part, so a required input fails validation and an
 * optional one is empty. Pages show the message with {@link #uploadError(ServletRequest)}.</li>
 * <li>The <b>request</b> over the per-request limit (Content-Length, or bytes read when chunked), a text field over
 * the per-field limit, or too many parts: a streaming parser cannot go on past that point without reading an
 * unbounded body, and the fields after it are lost, so there is no sensible request to hand to Faces. The filter
 * sets the same attribute and answers <b>413</b> with a short plain-text message and {@code Connection: close}; the
 * chain is not called.</li>
 * <li>A malformed body: <b>400</b> with a short plain-text message. Other I/O errors (client gone) propagate.</li>
 * </ul>
 * Requests that are not POST multipart/form-data pass through untouched (the same request object).
 */
public class MultipartRequestFilter implements Filter {

    /** Request attribute holding the {@link UploadTooLargeException} of a request that broke a limit. */
    public static final String ERROR_ATTRIBUTE = "id.go.kpu.eppid.shared.upload.MultipartRequestFilter.error";
    /** Request attribute holding the {@link ParsedMultipart} of the request being handled. */
    public static final String MULTIPART_ATTRIBUTE =
            "id.go.kpu.eppid.shared.upload.MultipartRequestFilter.multipart";

    /** Init parameter: largest file. */
    public static final String PARAM_MAX_FILE_SIZE = "maxFileSize";
    /** Init parameter: largest request body. */
    public static final String PARAM_MAX_REQUEST_SIZE = "maxRequestSize";
    /** Init parameter: largest text field. */
    public static final String PARAM_MAX_FIELD_SIZE = "maxFieldSize";
    /** Init parameter: most parts in one request. */
    public static final String PARAM_MAX_PARTS = "maxParts";
    /** Init parameter: size up to which a file stays in memory. */
    public static final String PARAM_MEMORY_THRESHOLD = "memoryThreshold";
    /** Init parameter: directory for temp files. */
    public static final String PARAM_TEMP_DIR = "tempDir";

    private static final System.Logger LOG = System.getLogger(MultipartRequestFilter.class.getName());
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)(?:I?B)?");

    /** Init parameter: servlet paths (comma separated) of staff pages that take recordings (larger files). */
    public static final String PARAM_LARGE_UPLOAD_PATHS = "largeUploadPaths";
    /** Configuration property: the largest recording or photo a large-upload page takes (HD-13; default 512 MB). */
    public static final String MEDIA_SIZE_PROPERTY = "portal.upload.max.media.bytes";
    public static final long DEFAULT_MEDIA_SIZE = 512 * MultipartParser.MB;

    private final boolean configured;
    private volatile MultipartParser parser;
    private volatile MultipartParser largeParser;
    private volatile List<String> largePaths = List.of();

    /** Creates the filter with the defaults (10 MB per file, 25 MB per request); {@link #init} may override them. */
    public MultipartRequestFilter() {
        this.parser = MultipartParser.builder().skipOversizedFiles(true).build();
        this.configured = false;
    }

    /**
     * Creates the filter with a parser built by the caller; init parameters are then ignored. The filter's
     * oversize handling needs {@link MultipartParser.Builder#skipOversizedFiles(boolean) skipOversizedFiles(true)};
     * with a parser that throws instead, an oversized file gives a 413 like an oversized request.
     *
     * @param parser the parser to use
     */
    public MultipartRequestFilter(MultipartParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.configured = true;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        if (configured || config == null) {
            return;
        }
        try {
            MultipartParser.Builder builder = MultipartParser.builder().skipOversizedFiles(true);
            String value;
            if ((value = param(config, PARAM_MAX_FILE_SIZE)) != null) {
                builder.maxFileSize(parseSize(value));
            }
            if ((value = param(config, PARAM_MAX_REQUEST_SIZE)) != null) {
                builder.maxRequestSize(parseSize(value));
            }
            if ((value = param(config, PARAM_MAX_FIELD_SIZE)) != null) {
                builder.maxFieldSize(parseSize(value));
            }
            if ((value = param(config, PARAM_MAX_PARTS)) != null) {
                builder.maxParts(Integer.parseInt(value));
            }
            if ((value = param(config, PARAM_MEMORY_THRESHOLD)) != null) {
                builder.memoryThreshold(Math.toIntExact(parseSize(value)));
            }
            if ((value = param(config, PARAM_TEMP_DIR)) != null) {
                builder.tempDir(Path.of(value));
            } else {
                ServletContext context = config.getServletContext();
                Object dir = context == null ? null : context.getAttribute(ServletContext.TEMPDIR);
                if (dir instanceof File file) {
                    builder.tempDir(file.toPath().resolve("eppid-upload"));
                }
            }
            this.parser = builder.build();
            if ((value = param(config, PARAM_LARGE_UPLOAD_PATHS)) != null) {
                long media = mediaSize();
                this.largePaths = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                        .toList();
                this.largeParser = builder.maxFileSize(media).maxRequestSize(media + 25 * MultipartParser.MB)
                        .build();
            }
        } catch (RuntimeException e) {
            throw new ServletException("Invalid " + getClass().getSimpleName() + " configuration: "
                    + e.getMessage(), e);
        }
        LOG.log(Level.INFO, "Multipart uploads parsed by the application: {0}", parser);
    }

    /** The configured size limit of recordings and photos ({@value #MEDIA_SIZE_PROPERTY}). */
    public static long mediaSize() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(MEDIA_SIZE_PROPERTY, Long.class)
                    .orElse(DEFAULT_MEDIA_SIZE);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return DEFAULT_MEDIA_SIZE;
        }
    }

    private static String param(FilterConfig config, String name) {
        String value = config.getInitParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Parses a size: a number of bytes, or a number followed by K/KB/KiB, M/MB/MiB or G/GB/GiB (binary: 1 KB = 1024 bytes).
     *
     * @param value the text, e.g. {@code 10MB}
     * @return the size in bytes
     * @throws IllegalArgumentException when the text is not a size
     */
    public static long parseSize(String value) {
        Matcher m = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a size: '" + value + "'");
        }
        long factor = switch (m.group(2)) {
            case "K" -> 1024L;
            case "M" -> 1024L * 1024;
            case "G" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Size too large: '" + value + "'", e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)
                || !"POST".equalsIgnoreCase(http.getMethod()) || !MultipartParser.isMultipartFormData(http)
                || request.getAttribute(MULTIPART_ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }

        ParsedMultipart multipart;
        try {
            multipart = (largeParser != null && largePaths.contains(http.getServletPath()) ? largeParser : parser)
                    .parse(http);
        } catch (UploadTooLargeException e) {
            http.setAttribute(ERROR_ATTRIBUTE, e);
            LOG.log(Level.INFO, "Rejected upload to {0}: {1}", http.getRequestURI(), e.getMessage());
            reject(httpResponse, 413, "Upload terlalu besar / upload too large: " + limitText(e));
            return;
        } catch (MultipartException e) {
            LOG.log(Level.INFO, "Rejected malformed upload to {0}: {1}", http.getRequestURI(), e.getMessage());
            reject(httpResponse, HttpServletResponse.SC_BAD_REQUEST,
                    "Permintaan unggahan tidak valid / malformed upload request.");
            return;
        }

        boolean closeNow = true;
        try {
            http.setAttribute(MULTIPART_ATTRIBUTE, multipart);
            if (!multipart.rejectedFiles().isEmpty()) {
                http.setAttribute(ERROR_ATTRIBUTE, multipart.rejectedFiles().get(0));
            }
            chain.doFilter(new MultipartRequestWrapper(http, multipart), response);
            if (http.isAsyncStarted()) {
                http.getAsyncContext().addListener(new CloseOnComplete(multipart));
                closeNow = false;
            }
        } finally {
            if (closeNow) {
                multipart.close();
                http.removeAttribute(MULTIPART_ATTRIBUTE);
            }
        }
    }

    private static String limitText(UploadTooLargeException e) {
        String limit = formatSize(e.getLimit());
        return switch (e.getKind()) {
            case FILE_SIZE -> "file in field '" + e.getFieldName() + "' is larger than " + limit + ".";
            case FIELD_SIZE -> "field '" + e.getFieldName() + "' is larger than " + limit + ".";
            case REQUEST_SIZE -> "the request is larger than " + limit + ".";
            case PART_COUNT -> "the request has more than " + e.getLimit() + " parts.";
        };
    }

    private static String formatSize(long bytes) {
        if (bytes >= MultipartParser.MB && bytes % (MultipartParser.MB / 10) == 0) {
            double mb = bytes / (double) MultipartParser.MB;
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.valueOf(mb)) + " MB";
        }
        return bytes + " bytes";
    }

    private static void reject(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Connection", "close");
        PrintWriter writer = response.getWriter();
        writer.println(message);
        writer.flush();
    }

    /**
     * @param request the current request
     * @return the limit the request broke, if it broke one (set by this filter)
     */
    public static Optional<UploadTooLargeException> uploadError(ServletRequest request) {
        Object error = request.getAttribute(ERROR_ATTRIBUTE);
        return error instanceof UploadTooLargeException e ? Optional.of(e) : Optional.empty();
    }

    /**
     * @param request the current request
     * @return the parsed multipart body of the request being handled, if this filter parsed it
     */
    public static Optional<ParsedMultipart> multipart(ServletRequest request) {
        Object parsed = request.getAttribute(MULTIPART_ATTRIBUTE);
        return parsed instanceof ParsedMultipart p ? Optional.of(p) : Optional.empty();
    }

    /** @return the parser in use */
    public MultipartParser parser() {
        return parser;
    }

    @Override
    public void destroy() {
        // nothing held between requests
    }

    /** Closes the parsed body when an async request finishes. */
    private static final class CloseOnComplete implements AsyncListener {
        private final ParsedMultipart multipart;

        CloseOnComplete(ParsedMultipart multipart) {
            this.multipart = multipart;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            multipart.close();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            multipart.close();
        }

        @Override
        public void onError(AsyncEvent event) {
            multipart.close();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // keep listening on the new cycle
            event.getAsyncContext().addListener(this);
        }
    }
}
