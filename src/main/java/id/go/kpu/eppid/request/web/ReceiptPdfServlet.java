package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.ReceiptData;
import id.go.kpu.eppid.request.application.ReceiptPdf;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Serves the PDF receipt of a request this browser session submitted or tracked ({@link ReceiptAccess}). */
@WebServlet("/request/receipt.pdf")
public class ReceiptPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReceiptAccess access;
    @Inject
    private ReceiptPdf pdf;
    @Inject
    private OfficeDirectory offices;
    @Inject
    private IntakeMail mail;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Receipt> receipt = parseId(req.getParameter("id")).flatMap(access::find);
        if (receipt.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Receipt r = receipt.get();
        Office office = offices.findById(r.officeId()).orElseThrow();
        Locale locale = localeBean.getLocale();
        byte[] bytes = pdf.render(data(r, office, locale, mail.trackingUrl(r.registrationNumber())),
                Messages.of(locale)::get);
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"tanda-terima-" + r.registrationNumber() + ".pdf\"");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static ReceiptData data(Receipt r, Office office, Locale locale, String trackingUrl) {
        Messages m = Messages.of(locale);
        ZoneId zone = ZoneId.of(r.zoneId());
        return new ReceiptData(OfficeLetterhead.of(office), r.registrationNumber(), m.label(r.kind()), r.applicantName(),
                r.subject(), m.label(r.channel()), r.receivedAt().atZone(zone), r.dueAt().atZone(zone),
                r.trackingCode() == null ? "—" : r.trackingCode(), trackingUrl, m.locale());
    }

    private static Optional<Long> parseId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
