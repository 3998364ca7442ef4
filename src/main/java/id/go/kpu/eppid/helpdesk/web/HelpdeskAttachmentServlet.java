package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskAttachment;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.web.Downloads;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A file of a helpdesk consultation ({@code /staff/helpdesk/attachment/{id}}), for the offices that may see the
 * consultation (web.xml limits the path to the helpdesk roles); anything else answers 404. Sent with the type found
 * from its content, never run as a page.
 */
@WebServlet("/staff/helpdesk/attachment/*")
public class HelpdeskAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private HelpdeskRecords records;
    @Inject
    private PortalFiles files;
    @Inject
    private CurrentStaff currentStaff;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HelpdeskAttachment> a = Downloads.idFromPath(req).flatMap(id -> records.attachment(
                currentStaff.get(), id));
        if (a.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, a.get().getMediaType(), a.get().getSizeBytes(), files.open(a.get().getStoredName()),
                "lampiran-" + a.get().getId());
    }
}
