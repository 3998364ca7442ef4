package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.GuestBook;
import id.go.kpu.eppid.guestbook.domain.ClosingWarning;
import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.queue.application.IssuedTicket;
import id.go.kpu.eppid.queue.application.QueueBoard;
import id.go.kpu.eppid.queue.application.TicketDispenser;
import id.go.kpu.eppid.queue.domain.QueueRuleException;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Backs "who is in the building" (CON-5): open visits with card and time in, refreshed on its own; taking a card
 * back (and the ID card held), a lost card; ID cards still held after the visit; the warning around closing time.
 */
@Named
@ViewScoped
public class BuildingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient GuestBook guestBook;
    @Inject
    private transient CurrentStaff currentStaff;
    @Inject
    private transient TicketDispenser dispenser;
    @Inject
    private transient QueueBoard board;

    private List<GuestEntry> inside;
    private List<GuestEntry> idsHeld;
    private ClosingWarning warning;
    private Map<Long, String> tickets = Map.of();
    private IssuedTicket issued;
    private Long selectedId;
    private boolean idReturned = true;

    public void load() {
        refresh();
    }

    /** Reloads the lists (also from the page's poll). */
    public void refresh() {
        long officeId = currentStaff.officeId();
        inside = guestBook.inBuilding(officeId);
        idsHeld = guestBook.idCardsStillHeld(officeId);
        Office office = currentStaff.getOffice();
        ZonedDateTime now = ZonedDateTime.now(office.getZone());
        warning = ClosingWarning.at(now, office.closesAt(now.getDayOfWeek()), inside.size());
        tickets = board.latestNumbersForGuestEntries(officeId, inside.stream().map(GuestEntry::getId).toList());
    }

    /**
     * HD-5: gives the guest a queue ticket for the service their purpose needs, linked to the visit, and tells the
     * desk what seed 002 says to tell the guest (straight to a desk, or wait).
     */
    public void issueTicket(long entryId, TicketPriority priority) {
        issued = null;
        if (!currentStaff.hasAnyRole(Role.QUEUE_ISSUERS)) {
            Faces.error(null, "access.denied");
            return;
        }
        try {
            GuestEntry entry = guestBook.get(currentStaff.officeId(), entryId);
            if (entry.getPurpose().queueService() == null || !entry.isOpen()) {
                Faces.error(null, "building.ticket.notNeeded");
                return;
            }
            issued = dispenser.issue(currentStaff.officeId(), username(), entry.getPurpose().queueService(), priority);
            dispenser.linkGuestEntry(currentStaff.officeId(), username(), issued.id(), entryId);
            Faces.info(null, issued.direct() ? "building.ticket.direct" : "building.ticket.wait", issued.number(),
                    entry.getName(), issued.direct() ? issued.directDesk() : issued.ahead());
        } catch (InvalidInputException e) {
            Faces.show(e, "");
        } catch (QueueRuleException e) {
            Faces.error(null, e.key(), e.args());
        }
        refresh();
    }

    /** The latest queue ticket number of a visit, or null. */
    public String ticketOf(GuestEntry entry) {
        return tickets.get(entry.getId());
    }

    public boolean isQueueIssuer() {
        return currentStaff.hasAnyRole(Role.QUEUE_ISSUERS);
    }

    public TicketPriority[] getPriorities() {
        return TicketPriority.values();
    }

    public IssuedTicket getIssued() {
        return issued;
    }

    /** Opens the return dialog for one visit. */
    public void select(long entryId) {
        selectedId = entryId;
        idReturned = true;
    }

    public void returnCard() {
        act(() -> {
            GuestEntry e = guestBook.returnCard(currentStaff.officeId(), selectedId, idReturned, username());
            Faces.info(null, e.isIdStillHeld() ? "guest.cardReturned.idStillHeld" : "guest.cardReturned",
                    e.getCardNumber(), e.getName());
        });
    }

    public void cardLost() {
        act(() -> {
            GuestEntry e = guestBook.closeCardLost(currentStaff.officeId(), selectedId, idReturned, username());
            Faces.info(null, "guest.cardLost", e.getCardNumber(), e.getName());
        });
    }

    public void returnIdCard(long entryId) {
        selectedId = entryId;
        act(() -> {
            GuestEntry e = guestBook.returnIdCard(currentStaff.officeId(), entryId, username());
            Faces.info(null, "guest.idReturned", e.getName());
        });
    }

    private void act(Runnable action) {
        if (!currentStaff.hasAnyRole(Role.GUEST_DESK)) {
            Faces.error(null, "access.denied");
            return;
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            Faces.show(e, "");
        }
        refresh();
    }

    private String username() {
        return currentStaff.get().getUsername();
    }

    /** Minutes in the building so far. */
    public long minutesInside(GuestEntry entry) {
        return entry.stay(Instant.now()).toMinutes();
    }

    public boolean isDesk() {
        return currentStaff.hasAnyRole(Role.GUEST_DESK);
    }

    /** Front office: turn a visit into a walk-in request. */
    public boolean isIntake() {
        return currentStaff.hasAnyRole(Role.DESK_INTAKE);
    }

    public GuestEntry getSelected() {
        return inside.stream().filter(e -> e.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public List<GuestEntry> getInside() {
        return inside;
    }

    public List<GuestEntry> getIdsHeld() {
        return idsHeld;
    }

    public ClosingWarning getWarning() {
        return warning;
    }

    public boolean isIdReturned() {
        return idReturned;
    }

    public void setIdReturned(boolean idReturned) {
        this.idReturned = idReturned;
    }
}
