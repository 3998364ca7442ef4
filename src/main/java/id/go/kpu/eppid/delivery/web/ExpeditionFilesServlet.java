package id.go.kpu.eppid.delivery.web;

import id.go.kpu.eppid.delivery.application.ExpeditionBook;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The expedition book's files for staff of the office (web.xml: request workers):
 * {@code /staff/delivery/signature/{handOverId}} (the recipient's signature) and
 * {@code /staff/delivery/book.pdf?from=yyyy-MM-dd&to=yyyy-MM-dd} (the register of a period). Another office's hand-over
 * answers 404.
 */
@WebServlet({"/staff/delivery/signature/*", "/staff/delivery/book.pdf"})
public class ExpeditionFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExpeditionBook book;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().endsWith("book.pdf")) {
            LocalDate today = LocalDate.now(currentStaff.getOffice().getZone());
            LocalDate from;
            LocalDate to;
            try {
                from = req.getParameter("from") == null ? today.withDayOfMonth(1) : LocalDate.parse(req.getParameter("from"));
                to = req.getParameter("to") == null ? today : LocalDate.parse(req.getParameter("to"));
            } catch (DateTimeParseException e) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > ExpeditionBook.MAX_PRINT_DAYS) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Downloads.send(resp, "application/pdf", book.pdf(currentStaff.getOffice(), from, to,
                    Messages.of(localeBean.getLocale())), "buku-ekspedisi-" + from + "-" + to + ".pdf", false);
            return;
        }
        Optional<Long> id = Downloads.idFromPath(req);
        Optional<byte[]> png = id.isEmpty() ? Optional.empty() : book.signature(currentStaff.officeId(), id.get());
        if (png.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, "image/png", png.get(), "tanda-tangan.png", false);
    }
}
