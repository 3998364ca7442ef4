package id.go.kpu.eppid.shared.api;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure of a {@code @Transactional} call, e.g. its commit losing the database, answered as {@link ApiErrors}
 * answers any other (a 503 to send again when the database was out of reach). Without it Jersey's own mapper for this
 * type, which maps only the causes it knows, gave up and answered an empty 500 (issue 8, faults).
 */
@Provider
public class TransactionalErrors implements ExceptionMapper<TransactionalException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException e) {
        return ApiErrors.response(e, ApiErrors.locale(headers));
    }
}
