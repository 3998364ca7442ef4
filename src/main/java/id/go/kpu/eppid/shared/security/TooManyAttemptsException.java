package id.go.kpu.eppid.shared.security;

import java.time.Duration;

/** A client failed too often ({@link FailedAttempts}) and must wait before it tries again. */
public class TooManyAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration wait;

    public TooManyAttemptsException(Duration wait) {
        super("Too many failed attempts; retry after " + wait);
        this.wait = wait;
    }

    /** @return how long until one more attempt is allowed */
    public Duration waitFor() {
        return wait;
    }

    /** @return the wait in whole minutes, at least one (for messages) */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
