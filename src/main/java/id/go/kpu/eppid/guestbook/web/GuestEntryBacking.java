package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.GuestBook;
import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.shared.audit.AuditEvent;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs one guest-book entry: particulars, signature, card and ID-card history, the linked request, its trail. */
@Named
@RequestScoped
public class GuestEntryBacking {

    @Inject
    private GuestBook guestBook;
    @Inject
    private AuditTrail audit;
    @Inject
    private CurrentStaff currentStaff;

    private Long id;
    private GuestEntry entry;
    private List<AuditEvent> trail;

    /** View action: another office's entry, or none, answers 404. */
    public void load() {
        entry = id == null ? null : guestBook.find(currentStaff.officeId(), id).orElse(null);
        if (entry == null) {
            Faces.notFound();
            return;
        }
        trail = audit.of(currentStaff.officeId(), GuestBook.SUBJECT, id);
    }

    /** The ID number in full for the desk roles, masked for everyone else. */
    public String getIdNumber() {
        return currentStaff.hasAnyRole(Role.GUEST_ID_READERS) ? entry.getIdNumber() : entry.getIdNumberMasked();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GuestEntry getEntry() {
        return entry;
    }

    public List<AuditEvent> getTrail() {
        return trail;
    }
}
