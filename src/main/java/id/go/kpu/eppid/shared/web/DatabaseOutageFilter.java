package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.persistence.DatabaseUnavailable;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Any page, download or API call that fails because the database is out of reach (issue 8, faults) answers 503 with
 * {@code Retry-After} — the "service briefly unavailable" page, or for {@code /api/} the JSON error in the caller's
 * language — instead of the generic 500 page: nothing of it was stored, and the user may try again. A form sent
 * meanwhile keeps what was typed ({@link DatabaseOutageHandler}); the API's own exception mapper answers the same 503.
 * A response already partly sent is left as it is.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "{0} answered 503, database out of reach: {1}",
                    request.getRequestURI(), e.toString());
            response.reset();
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json;charset=UTF-8");
                String message = Messages.of(request.getHeader("Accept-Language") == null ? Messages.INDONESIAN
                        : Messages.supported(request.getLocale())).get("api.error.unavailable");
                Json.createGenerator(response.getWriter()).writeStartObject().write("code", "UNAVAILABLE")
                        .write("message", message).writeEnd().close();
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
