package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskRecaps;
import id.go.kpu.eppid.helpdesk.application.RecapFigures;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskRecap;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /staff/helpdesk/recaps.xhtml} (HD-10): today's figures, preparing a daily or weekly recap, signing it
 * off (daily coordinator for a daily recap, a supervisor for a weekly one), the office's recaps and the signed weekly
 * recaps of the offices below, each as PDF and Excel.
 */
@Named
@ViewScoped
public class HelpdeskRecapBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rc:";

    @Inject
    private transient HelpdeskRecaps recaps;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient OfficeDirectory offices;

    private HelpdeskRecap.Kind kind = HelpdeskRecap.Kind.DAILY;
    private LocalDate day;
    private String note;
    private List<HelpdeskRecap> list;
    private RecapFigures today;
    private final Map<Long, String> officeNames = new HashMap<>();

    @PostConstruct
    void init() {
        day = LocalDate.now(currentStaff.getOffice().getZone());
        list = recaps.visible(currentStaff.get());
        today = recaps.figures(currentStaff.getOffice(), day, day);
    }

    public String prepare() {
        return PageSteps.run(() -> recaps.prepare(currentStaff.get(), kind, day, note).getId(),
                "helpdesk.recap.prepared", FORM, null, "/staff/helpdesk/recaps?faces-redirect=true");
    }

    public String sign(long id) {
        return PageSteps.run(() -> recaps.sign(currentStaff.get(), id, Faces.messages()).getSentTo(),
                "helpdesk.recap.signedDone", FORM, null, "/staff/helpdesk/recaps?faces-redirect=true");
    }

    /** Whether the user may sign this recap now. */
    public boolean maySign(HelpdeskRecap r) {
        return !r.isSigned() && r.getOfficeId() == currentStaff.officeId()
                && (currentStaff.hasAnyRole(Role.HELPDESK_SUPERVISORS) || r.getKind() == HelpdeskRecap.Kind.DAILY
                        && currentStaff.hasAnyRole(java.util.EnumSet.of(Role.HELPDESK_DAILY_COORDINATOR)));
    }

    public String officeName(HelpdeskRecap r) {
        return officeNames.computeIfAbsent(r.getOfficeId(), id -> offices.findById(id).map(Office::getName)
                .orElse(""));
    }

    public boolean isTeam() {
        return currentStaff.hasAnyRole(Role.HELPDESK_TEAM);
    }

    public List<HelpdeskRecap.Kind> getKinds() {
        return List.of(HelpdeskRecap.Kind.values());
    }

    public RecapFigures getToday() {
        return today;
    }

    public List<HelpdeskRecap> getList() {
        return list;
    }

    public HelpdeskRecap.Kind getKind() {
        return kind;
    }

    public void setKind(HelpdeskRecap.Kind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
