package id.go.kpu.eppid.queue.web;

import id.go.kpu.eppid.queue.application.DeskConsole;
import id.go.kpu.eppid.queue.application.DeskView;
import id.go.kpu.eppid.queue.application.IssuedTicket;
import id.go.kpu.eppid.queue.application.QueueBoard;
import id.go.kpu.eppid.queue.application.TicketDispenser;
import id.go.kpu.eppid.queue.application.TicketView;
import id.go.kpu.eppid.queue.application.WaitingCount;
import id.go.kpu.eppid.queue.domain.QueueRuleException;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Backs the staff queue page: issuing tickets (service and priority), the desk console of the signed-in officer
 * (choose a desk, call, recall, no-show, start, finish, transfer), the waiting counts and today's ticket list. The
 * office is always the signed-in staff member's; every step is checked again by the application.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm.ss");

    @Inject
    private transient TicketDispenser dispenser;
    @Inject
    private transient DeskConsole console;
    @Inject
    private transient QueueBoard board;
    @Inject
    private transient CurrentStaff currentStaff;

    private TicketPriority priority = TicketPriority.NONE;
    private IssuedTicket issued;
    private Long deskId;
    private QueueService transferTo;

    /** Reads of this request (a page render asks several times). */
    private transient Object readsOf;
    private transient List<DeskView> desks;
    private transient List<TicketView> tickets;
    private transient List<WaitingCount> waiting;

    // ------------------------------------------------------------------ issuing

    public void issue(QueueService service) {
        StaffAccount staff = staff(Role.QUEUE_ISSUERS);
        try {
            issued = dispenser.issue(staff.getOffice().getId(), staff.getUsername(), service, priority);
            Faces.info(null, "queue.msg.issued", issued.number());
            priority = TicketPriority.NONE;
        } catch (QueueRuleException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    /** Seed 002's advice for the ticket just issued. */
    public String getIssuedAdvice() {
        if (issued == null) {
            return "";
        }
        Messages m = Faces.messages();
        if (issued.direct()) {
            return m.get("queue.advice.direct", issued.directDesk());
        }
        return issued.ahead() == 0 ? m.get("queue.advice.next") : m.get("queue.advice.wait", issued.ahead());
    }

    public String getIssuedTime() {
        return issued == null ? "" : OfficeDateFormat.dateTime(issued.issuedAt().atZone(zone()),
                Faces.messages().locale());
    }

    // ------------------------------------------------------------------ desk console

    /** The officer picked a desk: they take it. */
    public void chooseDesk() {
        if (deskId == null) {
            return;
        }
        StaffAccount staff = staff(Role.QUEUE_DESK_WORKERS);
        try {
            DeskView desk = console.open(staff.getOffice().getId(), staff.getUsername(), deskId);
            Faces.info(null, "queue.msg.deskOpened", desk.name());
        } catch (QueueRuleException e) {
            deskId = null;
            Faces.error(null, e.key(), e.args());
        }
        reset();
    }

    public void callNext() {
        deskStep(desk -> console.callNext(officeId(), username(), desk), t -> Faces.info(null, "queue.msg.called",
                t.number(), t.deskName()));
    }

    public void recall() {
        deskStep(desk -> console.recall(officeId(), username(), desk, currentId()),
                t -> Faces.info(null, "queue.msg.recalled", t.number()));
    }

    public void noShow() {
        deskStep(desk -> console.noShow(officeId(), username(), desk, currentId()),
                t -> Faces.info(null, "queue.msg.noShow", t.number()));
    }

    public void start() {
        deskStep(desk -> console.start(officeId(), username(), desk, currentId()),
                t -> Faces.info(null, "queue.msg.started", t.number()));
    }

    public void finish() {
        deskStep(desk -> console.finish(officeId(), username(), desk, currentId()),
                t -> Faces.info(null, "queue.msg.finished", t.number()));
    }

    public void transfer() {
        deskStep(desk -> console.transfer(officeId(), username(), desk, currentId(), transferTo),
                t -> Faces.info(null, "queue.msg.transferred", t.number(),
                        Faces.messages().label(t.currentService())));
        transferTo = null;
    }

    private void deskStep(Function<Long, TicketView> step, java.util.function.Consumer<TicketView> done) {
        staff(Role.QUEUE_DESK_WORKERS);
        if (deskId == null) {
            Faces.error(null, "queue.error.noDesk");
            return;
        }
        try {
            done.accept(step.apply(deskId));
        } catch (QueueRuleException e) {
            Faces.error(null, e.key(), e.args());
        }
        reset();
    }

    /** The ticket the console showed, so a step never lands on a ticket the officer has not seen. */
    private Long currentId() {
        TicketView current = getCurrent();
        return current == null ? null : current.id();
    }

    // ------------------------------------------------------------------ reads

    private void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (readsOf != faces) {
            long office = officeId();
            desks = board.desks(office);
            tickets = new java.util.ArrayList<>(board.day(office, board.today(office)));
            java.util.Collections.reverse(tickets); // newest first
            waiting = board.waiting(office);
            readsOf = faces;
        }
    }

    private void reset() {
        readsOf = null;
    }

    public List<DeskView> getDesks() {
        load();
        return desks;
    }

    public DeskView getDesk() {
        return deskId == null ? null : getDesks().stream().filter(d -> d.id() == deskId).findFirst().orElse(null);
    }

    public TicketView getCurrent() {
        DeskView desk = getDesk();
        return desk == null ? null : desk.current();
    }

    public List<TicketView> getTickets() {
        load();
        return tickets;
    }

    public List<WaitingCount> getWaiting() {
        load();
        return waiting;
    }

    /** A desk's services as text, e.g. "Layanan Informasi, Konsultasi". */
    public String services(DeskView desk) {
        Messages m = Faces.messages();
        return desk.services().stream().sorted().map(m::label).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Office-local clock time of an instant, {@code HH.mm.ss}; empty for null. */
    public String clock(Instant at) {
        return at == null ? "" : CLOCK.format(at.atZone(zone()));
    }

    public String getZoneName() {
        return OfficeDateFormat.zoneAbbreviation(Instant.now().atZone(zone()), Messages.INDONESIAN);
    }

    public QueueService[] getServices() {
        return QueueService.values();
    }

    public TicketPriority[] getPriorities() {
        return TicketPriority.values();
    }

    public String getOfficeCode() {
        return currentStaff.getOffice().getCode();
    }

    private ZoneId zone() {
        return currentStaff.getOffice().getZone();
    }

    private long officeId() {
        return currentStaff.officeId();
    }

    private String username() {
        return currentStaff.get().getUsername();
    }

    private StaffAccount staff(java.util.Set<Role> roles) {
        StaffAccount staff = currentStaff.get();
        if (!staff.hasAnyRole(roles)) {
            throw new SecurityException("no queue rights");
        }
        return staff;
    }

    // ------------------------------------------------------------------ form state

    public TicketPriority getPriority() {
        return priority;
    }

    public void setPriority(TicketPriority priority) {
        this.priority = priority == null ? TicketPriority.NONE : priority;
    }

    public IssuedTicket getIssued() {
        return issued;
    }

    public Long getDeskId() {
        return deskId;
    }

    public void setDeskId(Long deskId) {
        this.deskId = deskId;
    }

    public QueueService getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(QueueService transferTo) {
        this.transferTo = transferTo;
    }
}
