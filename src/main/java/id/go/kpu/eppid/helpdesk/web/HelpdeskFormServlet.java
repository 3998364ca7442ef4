package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskFormPdf;
import id.go.kpu.eppid.helpdesk.application.HelpdeskForms;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.web.Downloads;
import id.go.kpu.eppid.shared.web.LocaleBean;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The consultation form of a helpdesk consultation (HD-7), for the team of the office that received it (web.xml limits
 * the path to the helpdesk roles): {@code /staff/helpdesk/form/{consultationId}?v=2} (the version to check, or the
 * archived signed copies), {@code &copies=2} (two copies to sign on paper), {@code &scan=1} (the scanned paper).
 * Anything else, or another office's consultation, answers 404.
 */
@WebServlet("/staff/helpdesk/form/*")
public class HelpdeskFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private HelpdeskForms forms;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Long> id = Downloads.idFromPath(req);
        int version;
        try {
            version = Integer.parseInt(Optional.ofNullable(req.getParameter("v")).orElse(""));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (id.isEmpty() || version < 1) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HelpdeskFormPdf.Copies copies = "2".equals(req.getParameter("copies")) ? HelpdeskFormPdf.Copies.TWO
                : HelpdeskFormPdf.Copies.CHECK;
        Optional<HelpdeskForms.Document> doc = forms.document(currentStaff.get(), id.get(), version, copies,
                "1".equals(req.getParameter("scan")), Messages.of(localeBean.getLocale()));
        if (doc.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, doc.get().mediaType(), doc.get().bytes(), doc.get().fileName(), false);
    }
}
