package id.go.kpu.eppid.queue.api;

import id.go.kpu.eppid.queue.application.DisplayBoard;
import id.go.kpu.eppid.queue.application.QueueBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public API for the waiting-room display: the latest call, the last call per desk, the last calls and the number
 * waiting per service of an office, by office code. Ticket numbers, desk names, counts and times only.
 */
@Path("/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueDisplayResource {

    @Inject
    private QueueBoard board;

    @GET
    @Path("/{officeCode}/display")
    @Operation(summary = "The calling display of an office", description = "Polled every second by "
            + "/queue/display.xhtml; no personal data.")
    public Response display(@PathParam("officeCode") String officeCode) {
        DisplayBoard b = board.display(officeCode).orElseThrow(NotFoundException::new);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return Response.ok(b).cacheControl(noStore).build();
    }
}
