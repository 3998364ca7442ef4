package id.go.kpu.eppid.shared.upload;

import java.io.IOException;

/**
 * A multipart/form-data request that could not be accepted: the body is malformed (no boundary, truncated stream,
 * broken part headers) or the request is not multipart/form-data at all. A {@link MultipartRequestFilter} answers it
 * with 400 Bad Request; the subclass {@link UploadTooLargeException} marks a request that broke a size limit.
 *
 * <p>Plain {@link IOException}s that are not of this type (a client that hung up mid-upload, a full disk) are passed
 * on unchanged: they are not the client's fault in a way a 4xx answer could explain.
 */
public class MultipartException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong with the request, safe to log (it never contains file content)
     */
    public MultipartException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying parser error.
     *
     * @param message what was wrong with the request
     * @param cause   the Commons FileUpload exception (or other) that detected it
     */
    public MultipartException(String message, Throwable cause) {
        super(message, cause);
    }
}
