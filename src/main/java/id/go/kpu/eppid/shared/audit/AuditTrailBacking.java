package id.go.kpu.eppid.shared.audit;

import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs the office's audit trail page: newest first, paged in the database, read-only (the portal offers no way to
 * change or delete a line). For the office's leadership and administrator.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail trail;
    @Inject
    private transient CurrentStaff currentStaff;

    private final PagedModel<AuditEvent> model = new PagedModel<>(
            () -> trail.count(currentStaff.officeId()),
            (first, size, sort) -> trail.latest(currentStaff.officeId(), first, size),
            AuditEvent::getId);

    public void load() {
        if (!currentStaff.hasAnyRole(Role.AUDIT_READERS)) {
            Faces.forbidden();
        }
    }

    public PagedModel<AuditEvent> getModel() {
        return model;
    }
}
