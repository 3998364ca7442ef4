package id.go.kpu.eppid.report.web;

import id.go.kpu.eppid.office.domain.OfficeLevel;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.report.application.AnnualReportDocuments;
import id.go.kpu.eppid.report.application.RequestRegister;
import id.go.kpu.eppid.report.application.ServiceReports;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.report.RegisterDocument;
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
import java.time.LocalDate;

/**
 * LAW-4: the annual service report of the staff member's office as PDF ({@code /staff/reports/annual.pdf}) or Excel
 * ({@code .xlsx}), {@code ?year=} and, for a province or KPU RI, {@code &rollup=1}; and the request register
 * ({@code /staff/reports/register.pdf} or {@code .xlsx}, {@code ?from=&to=}). For request workers; else 404.
 */
@WebServlet("/staff/reports/*")
public class AnnualReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceReports reports;
    @Inject
    private RequestRegister register;
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
        if ("/register.pdf".equals(path) || "/register.xlsx".equals(path)) {
            register(req, resp, me, path);
            return;
        }
        if (!("/annual.pdf".equals(path) || "/annual.xlsx".equals(path))) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int thisYear = LocalDate.now(me.getOffice().getZone()).getYear();
        int year = ReportYears.of(req.getParameter("year"), thisYear);
        OfficeLevel level = me.getOffice().getLevel();
        boolean rollUp = "1".equals(req.getParameter("rollup"))
                && (level == OfficeLevel.NATIONAL || level == OfficeLevel.PROVINCE);
        ServiceReports.Report report = reports.of(me.getOffice(), rollUp, year);
        Messages m = Messages.of(localeBean.getLocale());
        String name = "laporan-layanan-" + me.getOffice().getCode() + (rollUp ? "-gabungan" : "") + "-" + year;
        if (path.endsWith(".xlsx")) {
            Downloads.headers(resp, Downloads.XLSX, name + ".xlsx", true);
            AnnualReportDocuments.xlsx(report, m, resp.getOutputStream());
        } else {
            Downloads.send(resp, "application/pdf", AnnualReportDocuments.pdf(report, m), name + ".pdf", false);
        }
    }

    /** LAW-4: the request register of {@code ?from=} … {@code ?to=} (yyyy-MM-dd; this year so far by default). */
    private void register(HttpServletRequest req, HttpServletResponse resp, StaffAccount me, String path)
            throws IOException {
        LocalDate today = LocalDate.now(me.getOffice().getZone());
        LocalDate from = date(req.getParameter("from"), today.withDayOfYear(1));
        LocalDate to = date(req.getParameter("to"), today);
        if (to.isBefore(from)) {
            LocalDate t = from;
            from = to;
            to = t;
        }
        Messages m = Messages.of(localeBean.getLocale());
        RegisterDocument doc = register.document(me.getOffice(), from, to, me.hasAnyRole(Role.ID_SCAN_READERS), m);
        String name = "register-permohonan-" + me.getOffice().getCode() + "-" + from + "-" + to;
        if (path.endsWith(".xlsx")) {
            Downloads.headers(resp, Downloads.XLSX, name + ".xlsx", true);
            doc.xlsx(resp.getOutputStream());
        } else {
            Downloads.send(resp, "application/pdf", doc.pdf(OfficeLetterhead.of(me.getOffice()), m), name + ".pdf",
                    false);
        }
    }

    private static LocalDate date(String value, LocalDate fallback) {
        try {
            return value == null ? fallback : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }
}
