package id.go.kpu.eppid.objection.web;

import id.go.kpu.eppid.objection.application.ObjectionRegister;
import id.go.kpu.eppid.objection.application.Objections;
import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.report.RegisterDocument;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.web.Downloads;
import id.go.kpu.eppid.shared.web.LocaleBean;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.shared.web.ReportYears;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * LAW-4: the objection register of the staff member's office for a year ({@code /staff/objections/register.xlsx} or
 * {@code .pdf}, {@code ?year=}), and the attachment of one objection ({@code /staff/objections/file/{id}}). For the
 * office's request workers; anything else answers 404.
 */
@WebServlet("/staff/objections/*")
public class ObjectionFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Objections objections;
    @Inject
    private ObjectionRegister register;
    @Inject
    private RequestUploads uploads;
    @Inject
    private CurrentStaff currentStaff;
    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StaffAccount me = currentStaff.get();
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (me == null || !me.hasAnyRole(Role.REQUEST_WORKERS)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.startsWith("/file/")) {
            String id = path.substring("/file/".length());
            Optional<FileDetails> file = id.matches("\\d{1,18}")
                    ? objections.find(me, Long.parseLong(id)).map(Objection::getAttachment) : Optional.empty();
            if (file.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            try (InputStream in = uploads.open(file.get().getStoredName())) {
                Downloads.send(resp, file.get().getMediaType(), file.get().getSizeBytes(), in,
                        file.get().getOriginalName());
            }
            return;
        }
        int year = ReportYears.of(req.getParameter("year"), LocalDate.now(me.getOffice().getZone()).getYear());
        Messages m = Messages.of(localeBean.getLocale());
        RegisterDocument doc = register.document(me.getOffice(), year, m);
        String name = "register-keberatan-" + me.getOffice().getCode() + "-" + year;
        if ("/register.xlsx".equals(path)) {
            Downloads.headers(resp, Downloads.XLSX, name + ".xlsx", true);
            doc.xlsx(resp.getOutputStream());
        } else if ("/register.pdf".equals(path)) {
            Downloads.send(resp, "application/pdf", doc.pdf(OfficeLetterhead.of(me.getOffice()), m), name + ".pdf",
                    false);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
