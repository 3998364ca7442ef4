package id.go.kpu.eppid.queue.api;

import id.go.kpu.eppid.queue.domain.QueueRuleException;
import id.go.kpu.eppid.shared.api.ApiError;
import id.go.kpu.eppid.shared.api.ApiErrors;
import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused queue step as a JSON error in the caller's language: 409 {@code QUEUE_RULE} with the explanation
 * (e.g. "Tidak ada antrian yang menunggu"), or 404 {@code NOT_FOUND} for another office's ticket or desk.
 */
@Provider
public class QueueRuleMapper implements ExceptionMapper<QueueRuleException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(QueueRuleException e) {
        Messages m = Messages.of(headers == null || headers.getAcceptableLanguages().isEmpty() ? Messages.INDONESIAN
                : Messages.supported(headers.getAcceptableLanguages().get(0)));
        if (e instanceof QueueRuleException.NotFound) {
            return ApiErrors.json(404, ApiError.of("NOT_FOUND", m.get("api.error.notFound")));
        }
        return ApiErrors.json(409, new ApiError("QUEUE_RULE", m.get(e.key(), e.args()),
                java.util.List.of(new ApiError.FieldProblem(null, e.key(), m.get(e.key(), e.args())))));
    }
}
