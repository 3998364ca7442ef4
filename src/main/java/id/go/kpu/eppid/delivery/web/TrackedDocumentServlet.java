package id.go.kpu.eppid.delivery.web;

import id.go.kpu.eppid.delivery.application.TrackedDocuments;
import id.go.kpu.eppid.request.web.ReceiptAccess;
import id.go.kpu.eppid.shared.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code /request/document?request=&kind=letter|data&id=}: a reply letter or data file for the applicant, only in
 * the browser session that opened the request on the tracking page with its tracking code (REQ-4, REQ-5). Anything
 * else answers 404, revealing nothing.
 */
@WebServlet("/request/document")
public class TrackedDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrackedDocuments documents;
    @Inject
    private ReceiptAccess access;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<TrackedDocuments.Opened> opened = Optional.empty();
        try {
            long requestId = Long.parseLong(req.getParameter("request"));
            long id = Long.parseLong(req.getParameter("id"));
            String kind = req.getParameter("kind");
            if (access.find(requestId).isPresent() && ("letter".equals(kind) || "data".equals(kind))) {
                opened = documents.open(requestId, kind, id);
            }
        } catch (NumberFormatException e) {
            opened = Optional.empty();
        }
        if (opened.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = opened.get().content()) {
            Downloads.send(resp, opened.get().details().getMediaType(), opened.get().details().getSizeBytes(), in,
                    opened.get().details().getOriginalName());
        }
    }
}
