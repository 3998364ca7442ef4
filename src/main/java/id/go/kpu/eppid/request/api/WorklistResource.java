package id.go.kpu.eppid.request.api;

import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestWorklist;
import id.go.kpu.eppid.request.application.WorklistQuery;
import id.go.kpu.eppid.request.application.WorklistRow;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Staff API twin of the worklist page: the signed-in staff member's office only (HTTP Basic or the page session).
 * Another office's request answers 404, exactly like one that does not exist.
 */
@Path("/staff/requests")
@ApplicationScoped // one instance: no bean made and injected per call (P2 of issue 8); CurrentStaff is per request
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class WorklistResource {

    @Inject
    private RequestWorklist worklist;
    @Inject
    private RequestRecords records;
    @Inject
    private CurrentStaff currentStaff;

    /** A page of the worklist. */
    public record Page(long total, int page, int size, List<WorklistRow> items) {
    }

    /** One request as staff see it through the API (no files: those go through the audited file view). */
    public record Detail(long id, String registrationNumber, RequestKind kind, Channel channel, RequestStatus status,
            String officeCode, String applicantName, String institutionName, String subject, String purpose,
            Instant receivedAt, Instant dueAt) {
    }

    @GET
    @Operation(summary = "The office's worklist", description = "Filters: kind, status, channel, from/to "
            + "(yyyy-mm-dd, received, office time zone), q (text); sort=due|received, order=asc|desc; page (0-based), "
            + "size (≤ 100, default 25).")
    public Page list(@QueryParam("kind") RequestKind kind, @QueryParam("status") RequestStatus status,
            @QueryParam("channel") Channel channel, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String text, @QueryParam("sort") @DefaultValue("due") String sort,
            @QueryParam("order") @DefaultValue("asc") String order, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        StaffAccount staff = worker();
        int pageSize = Math.max(1, Math.min(size, 100));
        WorklistQuery query = new WorklistQuery(kind, status, channel, date(from), date(to), text,
                "received".equals(sort) ? WorklistQuery.Sort.RECEIVED : WorklistQuery.Sort.DUE,
                !"desc".equals(order));
        RequestWorklist.Window window = worklist.window(staff.getOffice(), query, Math.max(0, page) * pageSize,
                pageSize);
        return new Page(window.total(), Math.max(0, page), pageSize, window.rows());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request of the office")
    public Detail get(@PathParam("id") long id) {
        ServiceRequest r = records.find(id, worker()).orElseThrow(NotFoundException::new);
        return new Detail(r.getId(), r.getRegistrationNumber(), r.getKind(), r.getChannel(), r.getStatus(),
                r.getOffice().getCode(), r.getApplicant().getName(), r.getApplicant().getInstitutionName(),
                r.getSubject(), r.getPurpose(), r.getReceivedAt(), r.getDueAt());
    }

    private StaffAccount worker() {
        StaffAccount staff = currentStaff.get();
        if (!staff.hasAnyRole(Role.REQUEST_WORKERS)) {
            throw new ForbiddenException();
        }
        return staff;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
    }
}
