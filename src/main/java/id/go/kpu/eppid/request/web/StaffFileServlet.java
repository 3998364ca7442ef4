package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Streams a request's file to staff of the request's office whose role may see it (web.xml protects the path; the
 * office and role are checked here). Every view is recorded by {@link RequestRecords#open}.
 */
@WebServlet("/staff/files/*")
public class StaffFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestRecords records;

    @Inject
    private CurrentStaff currentStaff;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long fileId;
        try {
            fileId = Long.parseLong(Optional.ofNullable(req.getPathInfo()).orElse("/").substring(1));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<RequestRecords.OpenedFile> opened = records.open(fileId, currentStaff.get());
        if (opened.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = opened.get().file();
        resp.setContentType(file.getMediaType());
        resp.setContentLengthLong(file.getSizeBytes());
        resp.setHeader("Content-Disposition", "inline; filename=\"file-" + file.getId() + "\"");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        try (InputStream in = opened.get().content()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
