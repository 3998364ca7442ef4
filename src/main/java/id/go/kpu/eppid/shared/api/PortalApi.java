package id.go.kpu.eppid.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The portal's REST API under {@code /api}: public submission and tracking, and the staff worklist (HTTP Basic,
 * office-scoped). Its OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "e-PPID KPU API", version = "1",
        description = "Information and consultation requests to KPU offices (UU 14/2008). Errors are JSON objects "
                + "with a machine-readable code and a message in the language of Accept-Language (id or en)."))
@SecurityScheme(securitySchemeName = "staff", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApi extends Application {

    /**
     * A failure Jersey cannot turn into a response (a mapper that gave up, as its own one for
     * {@code TransactionalException} did before {@link TransactionalErrors}) gets a bare 500 rather than the
     * container's HTML error page, which no API client can read.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
