package id.go.kpu.eppid.shared.api;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.security.TooManyAttemptsException;
import id.go.kpu.eppid.shared.upload.UploadTooLargeException;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Outage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;

/** Turns every exception leaving a resource into a JSON {@link ApiError} in the caller's language. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        return response(e, locale(headers));
    }

    /** The JSON error for {@code e} in {@code locale}. */
    static Response response(Throwable e, Locale locale) {
        Messages m = Messages.of(locale);
        if (e instanceof InvalidInputException invalid) {
            var problems = invalid.problems().stream()
                    .map(p -> new ApiError.FieldProblem(p.field(), p.key(), m.get(p.key(), p.args())))
                    .toList();
            return json(422, new ApiError("INVALID_INPUT", m.get("api.error.invalid"), problems));
        }
        if (e instanceof TooManyAttemptsException tooMany) {
            return Response.fromResponse(json(429, ApiError.of("TOO_MANY_ATTEMPTS",
                            m.get("track.tooMany", tooMany.minutes()))))
                    .header(HttpHeaders.RETRY_AFTER, tooMany.waitFor().toSeconds() + 1).build();
        }
        if (e instanceof UploadTooLargeException) {
            return json(413, ApiError.of("TOO_LARGE", m.get("api.error.tooLarge")));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String code = switch (status) {
                case 401 -> "UNAUTHORIZED";
                case 403 -> "FORBIDDEN";
                case 404 -> "NOT_FOUND";
                case 413 -> "TOO_LARGE";
                default -> status < 500 ? "BAD_REQUEST" : "INTERNAL";
            };
            String key = switch (status) {
                case 401 -> "api.error.unauthorized";
                case 403 -> "api.error.forbidden";
                case 404 -> "api.error.notFound";
                case 413 -> "api.error.tooLarge";
                default -> status < 500 ? "api.error.badRequest" : "api.error.internal";
            };
            return json(status, ApiError.of(code, m.get(key)));
        }
        Optional<Outage> outage = Outage.of(e);
        if (outage.isPresent()) {
            // nothing was stored; the client sends it again (the same idempotency key registers it once)
            LOG.log(System.Logger.Level.WARNING, "API request refused, {0}: {1}", outage.get().logLabel(),
                    e.toString());
            return Response.fromResponse(json(503, ApiError.of("UNAVAILABLE", m.get(outage.get().apiKey()))))
                    .header(HttpHeaders.RETRY_AFTER, outage.get().retryAfterSeconds()).build();
        }
        LOG.log(System.Logger.Level.ERROR, "API request failed", e);
        return json(500, ApiError.of("INTERNAL", m.get("api.error.internal")));
    }

    /** The caller's language: the first of Accept-Language that the portal speaks, else Indonesian. */
    static Locale locale(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Messages.INDONESIAN
                : Messages.supported(headers.getAcceptableLanguages().get(0));
    }

    /** A JSON error response. */
    public static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error)
                .build();
    }
}
