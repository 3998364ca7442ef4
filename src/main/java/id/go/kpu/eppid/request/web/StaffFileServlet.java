package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.RequestRecords;
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
        Optional<Long> id = Downloads.idFromPath(req);
        Optional<RequestRecords.OpenedFile> opened = id.isEmpty() ? Optional.empty()
                : records.open(id.get(), currentStaff.get());
        if (opened.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = opened.get().file();
        Downloads.send(resp, file.getMediaType(), file.getSizeBytes(), opened.get().content(), "file-" + file.getId());
    }
}
