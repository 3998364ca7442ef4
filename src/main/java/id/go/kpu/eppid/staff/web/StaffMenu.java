package id.go.kpu.eppid.staff.web;

import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the staff menu offers the signed-in user, by role. */
@Named
@RequestScoped
public class StaffMenu {

    @Inject
    private CurrentStaff currentStaff;

    public boolean isRequestWorker() {
        return currentStaff.hasAnyRole(Role.REQUEST_WORKERS);
    }

    /** May issue queue tickets and see the queue page. */
    public boolean isQueueUser() {
        return currentStaff.hasAnyRole(Role.QUEUE_ISSUERS);
    }

    /** May work a queue desk (call, serve, transfer). */
    public boolean isQueueDeskWorker() {
        return currentStaff.hasAnyRole(Role.QUEUE_DESK_WORKERS);
    }
}
