package id.go.kpu.eppid.letter.web;

import id.go.kpu.eppid.letter.application.LetterQuery;
import id.go.kpu.eppid.letter.application.LetterRegister;
import id.go.kpu.eppid.letter.application.LetterRegisterExport;
import id.go.kpu.eppid.letter.domain.LetterFile;
import id.go.kpu.eppid.request.application.RequestUploads;
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
 * The letter register's files for the office's intake staff (web.xml limits the paths): a letter's file
 * ({@code /staff/letters/file/{id}}), the register as Excel ({@code register.xlsx}) or PDF ({@code register.pdf}) with
 * the page's filters as parameters. Another office's file answers 404.
 */
@WebServlet({"/staff/letters/file/*", "/staff/letters/register.xlsx", "/staff/letters/register.pdf"})
public class LetterFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterRegister register;
    @Inject
    private LetterRegisterExport export;
    @Inject
    private RequestUploads uploads;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        Messages m = Messages.of(localeBean.getLocale());
        if (path.endsWith(".xlsx") || path.endsWith(".pdf")) {
            LetterQuery q = LetterFilters.fromParameters(req::getParameter, currentStaff.getOffice().getZone());
            if (path.endsWith(".xlsx")) {
                Downloads.headers(resp, Downloads.XLSX,
                        "register-surat-masuk.xlsx", true);
                export.xlsx(currentStaff.getOffice(), q, m, resp.getOutputStream());
            } else {
                Downloads.send(resp, "application/pdf", export.pdf(currentStaff.getOffice(), q, m),
                        "register-surat-masuk.pdf", false);
            }
            return;
        }
        Optional<LetterFile> file = Downloads.idFromPath(req).flatMap(id -> register.file(currentStaff.officeId(), id));
        if (file.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LetterFile f = file.get();
        Downloads.send(resp, f.getMediaType(), f.getSizeBytes(), uploads.open(f.getStoredName()),
                "letter-file-" + f.getId());
    }
}
