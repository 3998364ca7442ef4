package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskRecaps;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskRecap;
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
 * A helpdesk recap (HD-10) as PDF ({@code /staff/helpdesk/recap/{id}}) or Excel ({@code ?format=xlsx}), for the
 * office's helpdesk and, for a signed weekly recap, the offices above; anything else answers 404.
 */
@WebServlet("/staff/helpdesk/recap/*")
public class HelpdeskRecapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private HelpdeskRecaps recaps;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HelpdeskRecap> recap = Downloads.idFromPath(req).flatMap(id -> recaps.find(currentStaff.get(), id));
        if (recap.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HelpdeskRecap r = recap.get();
        Messages m = Messages.of(localeBean.getLocale());
        String name = "rekap-helpdesk-" + r.getKind().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + r.getPeriodStart();
        if ("xlsx".equals(req.getParameter("format"))) {
            Downloads.headers(resp, Downloads.XLSX, name + ".xlsx", true);
            recaps.xlsx(r, m, resp.getOutputStream());
            return;
        }
        Downloads.send(resp, "application/pdf", recaps.pdf(r, m), name + ".pdf", false);
    }
}
