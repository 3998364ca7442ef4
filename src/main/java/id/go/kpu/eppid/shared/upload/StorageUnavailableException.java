package id.go.kpu.eppid.shared.upload;

import id.go.kpu.eppid.shared.persistence.Causes;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The portal could not receive or keep a file: its disk is full ({@link StorageFullException}) or the upload folder
 * cannot be written. Nothing of the form was stored, so the user is told to send it again in a moment, with what they
 * entered still on the page — a 503 with {@code Retry-After}, like a database outage, never the generic error
 * (issue 8, faults).
 */
public class StorageUnavailableException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether {@code failure} or one of its causes is this exception. */
    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, t -> t instanceof StorageUnavailableException);
    }
}
