package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskInbox;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskMailFolder;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The helpdesk mailbox box of {@code /staff/helpdesk/index.xhtml} (HD-3): the office's mailbox address, when each
 * folder was last read and the last error, and "read now" for the team (otherwise it is read on schedule).
 */
@Named
@ViewScoped
public class HelpdeskMailboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient HelpdeskInbox inbox;
    @Inject
    private transient CurrentStaff currentStaff;

    private String address;
    private List<HelpdeskMailFolder> folders;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        address = inbox.address(currentStaff.getOffice()).orElse(null);
        folders = address == null ? List.of() : inbox.folders(currentStaff.getOffice());
    }

    public String readNow() {
        if (!currentStaff.hasAnyRole(Role.HELPDESK_TEAM) || address == null) {
            return null;
        }
        HelpdeskInbox.Result r = inbox.read(currentStaff.getOffice());
        if (r.failedFolders() > 0) {
            Faces.error(null, "helpdesk.mailbox.readFailed", r.failedFolders());
        } else {
            Faces.info(null, "helpdesk.mailbox.read", r.newConsultations(), r.followUps());
        }
        Faces.keepMessages();
        return "/staff/helpdesk/index?faces-redirect=true";
    }

    /** Shown when the office has a mailbox. */
    public boolean isConfigured() {
        return address != null;
    }

    public String getAddress() {
        return address;
    }

    public List<HelpdeskMailFolder> getFolders() {
        return folders;
    }
}
