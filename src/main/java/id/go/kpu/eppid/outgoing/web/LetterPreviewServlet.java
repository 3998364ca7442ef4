package id.go.kpu.eppid.outgoing.web;

import id.go.kpu.eppid.shared.web.Downloads;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The last template preview the administrator rendered on the template page ({@code /staff/admin/letter-preview}),
 * kept in their session by {@link LetterTemplatesBacking}; 404 when there is none.
 */
@WebServlet("/staff/admin/letter-preview")
public class LetterPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Session attribute holding the preview's bytes. */
    static final String SESSION_KEY = LetterPreviewServlet.class.getName() + ".pdf";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        Object pdf = session == null ? null : session.getAttribute(SESSION_KEY);
        if (!(pdf instanceof byte[] bytes)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, "application/pdf", bytes, "pratinjau-templat.pdf", false);
    }
}
