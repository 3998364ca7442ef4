package id.go.kpu.eppid.report.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import id.go.kpu.eppid.report.application.PublicStatistics;
import id.go.kpu.eppid.report.application.ServiceReports;
import id.go.kpu.eppid.report.domain.ServiceFigures;
import id.go.kpu.eppid.shared.web.ReportYears;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the public {@code /statistics.xhtml?office=5371&year=2026} (LAW-4): an office's requests per month, outcomes,
 * average time, on-time share and satisfaction index, nationally (KPU RI, the default) and per province rolled up.
 * No personal data.
 */
@Named
@ViewScoped
public class PublicStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PublicStatistics statistics;
    @Inject
    private transient OfficeDirectory offices;

    private Office office;
    private int year;
    private int thisYear;
    private ServiceReports.Report report;

    @PostConstruct
    void init() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("office");
        office = offices.orNational(code).orElseThrow();
        thisYear = LocalDate.now(office.getZone()).getYear();
        year = ReportYears.requested(thisYear);
        report = statistics.of(office, year);
    }

    public ServiceFigures getFigures() {
        return report.figures();
    }

    public ServiceReports.Report getReport() {
        return report;
    }

    public List<AnnualReportBacking.MonthBar> getMonths() {
        return AnnualReportBacking.months(report.figures());
    }

    /** The national office and the provinces, to choose from; and the offices below the one shown. */
    public List<Office> getTopLevel() {
        return offices.topLevel();
    }

    public List<Office> getBelow() {
        return office.getLevel() == OfficeLevel.PROVINCE ? offices.children(office.getId()) : List.of();
    }

    public boolean isRolledUp() {
        return PublicStatistics.rolledUp(office);
    }

    public Office getOffice() {
        return office;
    }

    public int getYear() {
        return year;
    }

    public List<Integer> getYears() {
        return ReportYears.recent(thisYear, 3);
    }
}
