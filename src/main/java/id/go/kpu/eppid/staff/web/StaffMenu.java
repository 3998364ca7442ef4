package id.go.kpu.eppid.staff.web;

import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/** What the staff menu offers the signed-in user, by role. */
@Named
@RequestScoped
public class StaffMenu {

    @Inject
    private CurrentStaff currentStaff;

    public boolean isRequestWorker() {
        return currentStaff.hasAnyRole(Role.REQUEST_WORKERS);
    }

    /** Sees the guest book and who is in the building. */
    public boolean isGuestBook() {
        return currentStaff.hasAnyRole(Role.GUEST_BOOK);
    }

    /** Registers guests and takes back cards. */
    public boolean isGuestDesk() {
        return currentStaff.hasAnyRole(Role.GUEST_DESK);
    }

    public boolean isCardKeeper() {
        return currentStaff.hasAnyRole(Role.CARD_KEEPERS);
    }

    /** Reads the office's audit trail. */
    public boolean isAuditReader() {
        return currentStaff.hasAnyRole(Role.AUDIT_READERS);
    }

    /** Registers letters and telephone / social-media requests. */
    public boolean isDeskIntake() {
        return currentStaff.hasAnyRole(Role.DESK_INTAKE);
    }

    /** May issue queue tickets and see the queue page. */
    public boolean isQueueUser() {
        return currentStaff.hasAnyRole(Role.QUEUE_ISSUERS);
    }

    /** May work a queue desk (call, serve, transfer). */
    public boolean isQueueDeskWorker() {
        return currentStaff.hasAnyRole(Role.QUEUE_DESK_WORKERS);
    }

    /** The SIPOL helpdesk: its team and the Commissioners who answer escalations (HD-6, HD-8). */
    public boolean isHelpdesk() {
        return currentStaff.hasAnyRole(Role.HELPDESK_TEAM) || currentStaff.hasAnyRole(Role.HELPDESK_COMMISSIONERS);
    }

    /** The SIPOL helpdesk team (records consultations from visits and tickets). */
    public boolean isHelpdeskTeam() {
        return currentStaff.hasAnyRole(Role.HELPDESK_TEAM);
    }

    /** Reads and answers complaints, suggestions and appreciation (REQ-9). */
    public boolean isComplaints() {
        return currentStaff.hasAnyRole(id.go.kpu.eppid.complaint.application.Complaints.READERS);
    }

    /** Administers the office (letter templates, number formats). */
    public boolean isAdmin() {
        return currentStaff.hasAnyRole(Set.of(Role.ADMIN));
    }
}
