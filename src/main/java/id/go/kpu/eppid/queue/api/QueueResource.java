package id.go.kpu.eppid.queue.api;

import id.go.kpu.eppid.queue.application.DeskConsole;
import id.go.kpu.eppid.queue.application.DeskView;
import id.go.kpu.eppid.queue.application.IssuedTicket;
import id.go.kpu.eppid.queue.application.QueueBoard;
import id.go.kpu.eppid.queue.application.TicketDispenser;
import id.go.kpu.eppid.queue.application.TicketView;
import id.go.kpu.eppid.queue.application.WaitingCount;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Staff API of the queue (HD-5), HTTP Basic or the page session, always the caller's office: issue tickets, list
 * the day's tickets, and the desk steps. Another office's ticket or desk answers 404; a role without queue rights
 * 403 (the security desk issues tickets but works no desk). A refused step answers 409 with the reason.
 */
@Path("/staff/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class QueueResource {

    @Inject
    private TicketDispenser dispenser;
    @Inject
    private DeskConsole console;
    @Inject
    private QueueBoard board;
    @Inject
    private CurrentStaff currentStaff;

    /** What to issue: the service and an optional priority (default NONE). */
    public record IssueCommand(QueueService service, TicketPriority priority) {
    }

    /** Body of a transfer: the target service, and optionally the ticket the console shows (checked). */
    public record StepCommand(Long ticketId, QueueService service) {
    }

    /** The day's tickets of the office. */
    public record DayList(LocalDate day, List<TicketView> tickets, List<WaitingCount> waiting) {
    }

    @POST
    @Path("/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a queue ticket", description = "service: INFORMATION (A), CONSULTATION (B), "
            + "SIPOL_HELPDESK (C); priority: NONE, ELDERLY, DISABLED, PREGNANT. The answer says whether the visitor "
            + "goes straight to a desk (directDesk) or how many wait ahead.")
    public Response issue(IssueCommand cmd) {
        StaffAccount staff = staff(Role.QUEUE_ISSUERS);
        if (cmd == null) {
            throw new BadRequestException();
        }
        IssuedTicket t = dispenser.issue(staff.getOffice().getId(), staff.getUsername(), cmd.service(),
                cmd.priority());
        return Response.status(201).entity(t).build();
    }

    @GET
    @Path("/tickets")
    @Operation(summary = "The office's tickets of a day", description = "day=yyyy-mm-dd (office-local), default "
            + "today; in issue order, with times (UTC) and durations in seconds.")
    public DayList day(@QueryParam("day") String day) {
        StaffAccount staff = staff(Role.QUEUE_ISSUERS);
        long office = staff.getOffice().getId();
        LocalDate d = date(day, office);
        return new DayList(d, board.day(office, d), board.waiting(office));
    }

    @GET
    @Path("/tickets/{id}")
    @Operation(summary = "One ticket of the office")
    public TicketView ticket(@PathParam("id") long id) {
        StaffAccount staff = staff(Role.QUEUE_ISSUERS);
        return board.find(staff.getOffice().getId(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/desks")
    @Operation(summary = "The office's desks, who holds each and its current ticket")
    public List<DeskView> desks() {
        StaffAccount staff = staff(Role.QUEUE_ISSUERS);
        return board.desks(staff.getOffice().getId());
    }

    @POST
    @Path("/desks/{desk}/open")
    @Operation(summary = "Take the desk (the caller's other desk is left)")
    public DeskView open(@PathParam("desk") long desk) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.open(s.getOffice().getId(), s.getUsername(), desk);
    }

    @POST
    @Path("/desks/{desk}/close")
    @Operation(summary = "Leave the desk (no visitor is sent straight to it until it is taken again)")
    public DeskView close(@PathParam("desk") long desk) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.close(s.getOffice().getId(), s.getUsername(), desk);
    }

    @POST
    @Path("/desks/{desk}/call-next")
    @Operation(summary = "Call the next waiting ticket of the desk's services (priority first, then issue order)")
    public TicketView callNext(@PathParam("desk") long desk) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.callNext(s.getOffice().getId(), s.getUsername(), desk);
    }

    @POST
    @Path("/desks/{desk}/recall")
    @Operation(summary = "Call the desk's called ticket again", description = "ticket: optional, the ticket id the "
            + "console shows; refused when the desk has another one. Same for no-show, start and finish.")
    public TicketView recall(@PathParam("desk") long desk, @QueryParam("ticket") Long ticket) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.recall(s.getOffice().getId(), s.getUsername(), desk, ticket);
    }

    @POST
    @Path("/desks/{desk}/no-show")
    @Operation(summary = "The called visitor did not come")
    public TicketView noShow(@PathParam("desk") long desk, @QueryParam("ticket") Long ticket) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.noShow(s.getOffice().getId(), s.getUsername(), desk, ticket);
    }

    @POST
    @Path("/desks/{desk}/start")
    @Operation(summary = "Start serving the desk's called ticket")
    public TicketView start(@PathParam("desk") long desk, @QueryParam("ticket") Long ticket) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.start(s.getOffice().getId(), s.getUsername(), desk, ticket);
    }

    @POST
    @Path("/desks/{desk}/finish")
    @Operation(summary = "Finish serving the desk's ticket")
    public TicketView finish(@PathParam("desk") long desk, @QueryParam("ticket") Long ticket) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.finish(s.getOffice().getId(), s.getUsername(), desk, ticket);
    }

    @POST
    @Path("/desks/{desk}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the desk's ticket to another service", description = "Body: {\"service\": …}. The "
            + "ticket waits again, keeping its number and its place by issue order.")
    public TicketView transfer(@PathParam("desk") long desk, StepCommand cmd) {
        StaffAccount s = staff(Role.QUEUE_DESK_WORKERS);
        return console.transfer(s.getOffice().getId(), s.getUsername(), desk, ticketId(cmd),
                cmd == null ? null : cmd.service());
    }

    private StaffAccount staff(Set<Role> roles) {
        StaffAccount staff = currentStaff.get();
        if (!staff.hasAnyRole(roles)) {
            throw new ForbiddenException();
        }
        return staff;
    }

    private static Long ticketId(StepCommand cmd) {
        return cmd == null ? null : cmd.ticketId();
    }

    private LocalDate date(String value, long office) {
        try {
            return value == null || value.isBlank() ? board.today(office) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
    }
}
