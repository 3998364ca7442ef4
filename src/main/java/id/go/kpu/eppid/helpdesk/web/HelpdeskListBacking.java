package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code /staff/helpdesk/index.xhtml}: the consultations this office must act on (its own at the desk and the
 * escalations it holds), or all it may see, newest first, paged in the database.
 */
@Named
@ViewScoped
public class HelpdeskListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient HelpdeskRecords records;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient OfficeDirectory offices;

    private boolean holding = true;
    /** Office names of the escalated rows, looked up once per office for the life of the view. */
    private final Map<Long, String> officeNames = new HashMap<>();

    private final PagedModel<HelpdeskConsultation> model = new PagedModel<>(
            () -> records.count(currentStaff.get(), holding),
            (first, size, sortBy) -> records.list(currentStaff.get(), holding, first, size),
            HelpdeskConsultation::getId);

    @PostConstruct
    void init() {
        if (!HelpdeskRecords.mayUse(currentStaff.get())) {
            Faces.forbidden();
        }
    }

    /** The office name of a consultation received elsewhere (an escalation), else empty. */
    public String originOffice(HelpdeskConsultation c) {
        return c.getOfficeId() == currentStaff.officeId() ? "" : officeNames.computeIfAbsent(c.getOfficeId(),
                id -> offices.findById(id).map(o -> o.getName()).orElse(""));
    }

    public boolean isTeam() {
        return currentStaff.hasAnyRole(Role.HELPDESK_TEAM);
    }

    public PagedModel<HelpdeskConsultation> getModel() {
        return model;
    }

    public boolean isHolding() {
        return holding;
    }

    public void setHolding(boolean holding) {
        this.holding = holding;
    }
}
