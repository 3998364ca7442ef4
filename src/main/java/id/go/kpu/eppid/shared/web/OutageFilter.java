package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Any page, download or API call that fails in an {@link Outage} — the database out of reach, the upload disk full
 * (issue 8, faults) — answers 503 with {@code Retry-After}: the "service briefly unavailable" page, or for {@code /api/}
 * the JSON error in the caller's language, instead of the generic 500 page. Nothing of it was stored, and the user may
 * try again. A form sent meanwhile keeps what was typed ({@link OutageHandler}); the API's own exception mapper answers
 * the same 503. A response already partly sent is left as it is.
 */
public class OutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(OutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<Outage> outage = response.isCommitted() ? Optional.empty() : Outage.of(e);
            if (outage.isEmpty()) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "{0} answered 503, {1}: {2}", request.getRequestURI(),
                    outage.get().logLabel(), e.toString());
            response.reset();
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("Retry-After", String.valueOf(outage.get().retryAfterSeconds()));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json;charset=UTF-8");
                String message = Messages.of(request.getHeader("Accept-Language") == null ? Messages.INDONESIAN
                        : Messages.supported(request.getLocale())).get(outage.get().apiKey());
                Json.createGenerator(response.getWriter()).writeStartObject().write("code", "UNAVAILABLE")
                        .write("message", message).writeEnd().close();
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
