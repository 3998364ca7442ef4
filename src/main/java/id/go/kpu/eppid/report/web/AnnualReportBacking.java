package id.go.kpu.eppid.report.web;

import id.go.kpu.eppid.office.domain.OfficeLevel;
import id.go.kpu.eppid.report.application.AnnualReportDocuments;
import id.go.kpu.eppid.report.application.ServiceReports;
import id.go.kpu.eppid.report.domain.ServiceFigures;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.ReportYears;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /staff/reports.xhtml} (LAW-4): the annual service report of the staff member's office for any year
 * since the portal's start — for a province or KPU RI also rolled up with the offices below — with its PDF and Excel.
 */
@Named
@ViewScoped
public class AnnualReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ServiceReports reports;
    @Inject
    private transient CurrentStaff currentStaff;

    private int year;
    private int thisYear;
    private boolean rollUp;
    private ServiceReports.Report report;

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        thisYear = LocalDate.now(me.getOffice().getZone()).getYear();
        year = ReportYears.requested(thisYear);
        rollUp = Long.valueOf(1).equals(Faces.longParam("rollup")) && isMayRollUp();
        report = reports.of(me.getOffice(), rollUp, year);
    }

    /** Sends a 404 to staff who do not work on requests. */
    public void check() {
        if (!currentStaff.get().hasAnyRole(Role.REQUEST_WORKERS)) {
            Faces.notFound();
        }
    }

    public boolean isMayRollUp() {
        OfficeLevel level = currentStaff.get().getOffice().getLevel();
        return level == OfficeLevel.NATIONAL || level == OfficeLevel.PROVINCE;
    }

    /** One bar of the months chart. */
    public record MonthBar(String name, int count, int percent) {
    }

    /** The months' bars of a year's counts, in the page's language. */
    static List<MonthBar> months(ServiceFigures figures) {
        int[] counts = figures.byMonth();
        int max = Math.max(1, Arrays.stream(counts).max().orElse(1));
        return Arrays.stream(Month.values()).map(mo -> new MonthBar(mo.getDisplayName(TextStyle.SHORT,
                Faces.messages().locale()), counts[mo.ordinal()], counts[mo.ordinal()] * 100 / max)).toList();
    }

    public List<MonthBar> getMonths() {
        return months(report.figures());
    }

    public List<PdfDocuments.Row> getSummary() {
        return AnnualReportDocuments.summary(report, Faces.messages());
    }

    public String getScope() {
        return AnnualReportDocuments.scope(report, Faces.messages());
    }

    public List<Integer> getYears() {
        return ReportYears.recent(thisYear, 5);
    }

    public ServiceReports.Report getReport() {
        return report;
    }

    public int getYear() {
        return year;
    }

    public boolean isRollUp() {
        return rollUp;
    }
}
