package id.go.kpu.eppid.dip.web;

import id.go.kpu.eppid.dip.application.InformationList;
import id.go.kpu.eppid.dip.domain.DipEntry;
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

/**
 * The document of an entry of the list of public information ({@code /dip/document/{id}}, LAW-4): for anyone when the
 * entry is published and not excepted, else for the staff of its office only; anything else answers 404.
 */
@WebServlet("/dip/document/*")
public class DipDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InformationList list;
    @Inject
    private CurrentStaff currentStaff;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DipEntry> entry = Downloads.idFromPath(req).flatMap(id -> list.downloadable(id,
                currentStaff.find().orElse(null)));
        if (entry.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DipEntry e = entry.get();
        try (InputStream in = list.open(e)) {
            Downloads.send(resp, e.getDocument().getMediaType(), e.getDocument().getSizeBytes(), in,
                    e.getDocument().getOriginalName());
        }
    }
}
