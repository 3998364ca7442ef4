package id.go.kpu.eppid.processing.web;

import id.go.kpu.eppid.processing.application.DispositionSheetPdf;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.Disposition;
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

/** The disposition sheet PDF ({@code /staff/disposition/{id}}); another office's disposition answers 404. */
@WebServlet("/staff/disposition/*")
public class DispositionSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestWorkflow workflow;
    @Inject
    private DispositionSheetPdf sheet;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Disposition> d = Downloads.idFromPath(req).flatMap(id -> workflow.disposition(currentStaff.get(), id));
        if (d.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, "application/pdf", sheet.render(d.get(), Messages.of(localeBean.getLocale())),
                "lembar-disposisi-" + d.get().getId() + ".pdf", false);
    }
}
