package id.go.kpu.eppid.office.api;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public API: the offices a request can be addressed to (the officeId a submission needs). */
@Path("/offices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    @Inject
    private OfficeDirectory offices;

    /** An office's public data. */
    public record OfficeView(long id, String code, String name, OfficeLevel level, String parentCode,
            String timeZone, String address, String email) {

        static OfficeView of(Office o) {
            return new OfficeView(o.getId(), o.getCode(), o.getName(), o.getLevel(),
                    o.getParent() == null ? null : o.getParent().getCode(), o.getTimeZone(), o.getAddress(),
                    o.getEmail());
        }
    }

    @GET
    @Operation(summary = "KPU RI and the provinces, each followed by its regencies and cities")
    public List<OfficeView> list() {
        return offices.topLevel().stream()
                .flatMap(top -> java.util.stream.Stream.concat(java.util.stream.Stream.of(top),
                        offices.children(top.getId()).stream()))
                .map(OfficeView::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One office by its code (e.g. 5371 for KPU Kota Kupang)")
    public OfficeView get(@PathParam("code") String code) {
        return offices.findByCode(code).map(OfficeView::of).orElseThrow(NotFoundException::new);
    }
}
