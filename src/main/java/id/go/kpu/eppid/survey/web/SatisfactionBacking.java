package id.go.kpu.eppid.survey.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.ReportYears;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.survey.application.SatisfactionIndexes;
import id.go.kpu.eppid.survey.domain.SatisfactionIndex;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs {@code /staff/ikm.xhtml} (REQ-10, LAW-5): the satisfaction index of the staff member's office — or, for a
 * province or KPU RI, rolled up with the offices below — for a service or all, over a period of office dates.
 */
@Named
@ViewScoped
public class SatisfactionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SatisfactionIndexes indexes;
    @Inject
    private transient OfficeDirectory offices;
    @Inject
    private transient CurrentStaff currentStaff;

    private SurveyService service;
    private LocalDate from;
    private LocalDate to;
    private boolean rollUp;
    private SatisfactionIndex index;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(zone());
        from = today.withDayOfYear(1);
        to = today;
        compute();
    }

    private ZoneId zone() {
        return currentStaff.get().getOffice().getZone();
    }

    /** Sends a 404 to staff who neither work on requests nor manage the helpdesk. */
    public void check() {
        StaffAccount me = currentStaff.get();
        if (!me.hasAnyRole(Role.REQUEST_WORKERS) && !me.hasAnyRole(Role.HELPDESK_MANAGERS)) {
            Faces.notFound();
        }
    }

    /** Computes the index for the choices (an inverted period is swapped). */
    public void compute() {
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate t = from;
            from = to;
            to = t;
        }
        Office office = currentStaff.get().getOffice();
        LocalDate start = from == null ? LocalDate.of(ReportYears.FIRST, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.now(zone()) : to;
        index = indexes.of(rollUp ? offices.subtree(office) : List.of(office.getId()), service,
                start.atStartOfDay(zone()).toInstant(), end.plusDays(1).atStartOfDay(zone()).toInstant());
    }

    public boolean isMayRollUp() {
        return currentStaff.get().getOffice().getLevel() == OfficeLevel.NATIONAL
                || currentStaff.get().getOffice().getLevel() == OfficeLevel.PROVINCE;
    }

    public List<SurveyService> getServices() {
        return List.of(SurveyService.values());
    }

    public SatisfactionIndex getIndex() {
        return index;
    }

    public SurveyService getService() {
        return service;
    }

    public void setService(SurveyService service) {
        this.service = service;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isRollUp() {
        return rollUp;
    }

    public void setRollUp(boolean rollUp) {
        this.rollUp = rollUp;
    }
}
