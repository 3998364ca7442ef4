package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.SipolMonitoring;
import id.go.kpu.eppid.helpdesk.domain.SipolMonitoringReport;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.web.Downloads;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The screenshot of a SIPOL monitoring report ({@code /staff/helpdesk/evidence/{id}}), for the office (HD-11). */
@WebServlet("/staff/helpdesk/evidence/*")
public class MonitoringEvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SipolMonitoring monitoring;
    @Inject
    private PortalFiles files;
    @Inject
    private CurrentStaff currentStaff;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<SipolMonitoringReport> r = Downloads.idFromPath(req).flatMap(id -> monitoring.evidence(
                currentStaff.get(), id));
        if (r.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = files.open(r.get().getEvidenceStoredName())) {
            Downloads.send(resp, r.get().getEvidenceMediaType(), in.readAllBytes(), "bukti-pemantauan-"
                    + r.get().getId(), false);
        }
    }
}
