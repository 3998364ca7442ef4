package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.GuestBook;
import id.go.kpu.eppid.guestbook.application.GuestBookPdf;
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
import java.util.Optional;

/**
 * The guest book's files for staff of the office (web.xml limits the path to the guest-book roles):
 * {@code /staff/guests/signature/{entryId}} (the signature PNG) and {@code /staff/guests/book.pdf?date=yyyy-MM-dd}
 * (the day's guest book to print). Another office's entry answers 404.
 */
@WebServlet({"/staff/guests/signature/*", "/staff/guests/book.pdf"})
public class GuestBookFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private GuestBook guestBook;
    @Inject
    private GuestBookPdf pdf;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().endsWith("book.pdf")) {
            LocalDate day;
            try {
                String date = req.getParameter("date");
                day = date == null ? LocalDate.now(currentStaff.getOffice().getZone()) : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Downloads.send(resp, "application/pdf",
                    pdf.render(currentStaff.getOffice(), day, Messages.of(localeBean.getLocale())),
                    "buku-tamu-" + day + ".pdf", false);
            return;
        }
        Optional<byte[]> png = Downloads.idFromPath(req).flatMap(id -> guestBook.signature(currentStaff.officeId(), id));
        if (png.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(resp, "image/png", png.get(), "tanda-tangan.png", false);
    }
}
