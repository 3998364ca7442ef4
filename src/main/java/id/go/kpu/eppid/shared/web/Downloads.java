package id.go.kpu.eppid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Sends staff-only files (scans, signatures, registers) the same safe way: never cached, never sniffed, never run
 * as a page; named by id, not by the uploader's file name.
 */
public final class Downloads {

    /** The media type of an Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** The numeric id at the end of the path ({@code /…/123}), if any. */
    public static Optional<Long> idFromPath(HttpServletRequest req) {
        try {
            return Optional.of(Long.parseLong(Optional.ofNullable(req.getPathInfo()).orElse("/").substring(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes bytes with their type; {@code attachment} asks the browser to save instead of show. */
    public static void send(HttpServletResponse resp, String mediaType, byte[] bytes, String fileName,
            boolean attachment) throws IOException {
        headers(resp, mediaType, fileName, attachment);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** Streams a stored file. */
    public static void send(HttpServletResponse resp, String mediaType, long length, InputStream in, String fileName)
            throws IOException {
        headers(resp, mediaType, fileName, false);
        resp.setContentLengthLong(length);
        try (in) {
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The safe headers, for a response the caller writes itself (e.g. a streamed workbook). */
    public static void headers(HttpServletResponse resp, String mediaType, String fileName, boolean attachment) {
        resp.setContentType(mediaType);
        resp.setHeader("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"" + fileName + "\"");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    }
}
