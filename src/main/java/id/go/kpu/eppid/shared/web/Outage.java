package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.persistence.DatabaseUnavailable;
import id.go.kpu.eppid.shared.upload.StorageUnavailableException;
import java.util.Optional;

/**
 * A failure that is neither the user's nor a bug, after which nothing of the request was stored: the database out of
 * reach, or the upload folder's disk full or not writable (issue 8, faults). Pages, forms and the API answer it alike:
 * 503 with {@code Retry-After}, a message in the user's language saying to send it again, and a form keeps everything
 * entered ({@link OutageHandler}, {@link OutageFilter}, the API's exception mapper). A form sent again registers once
 * (its submission key).
 */
public enum Outage {

    /** The database is out of reach. */
    DATABASE("database out of reach", DatabaseUnavailable.RETRY_AFTER_SECONDS, "error.unavailable.form",
            "api.error.unavailable"),
    /** Files cannot be received or kept: the disk is full or the upload folder cannot be written. */
    STORAGE("file storage unavailable", 60, "error.storage.form", "api.error.storage");

    private final String logLabel;
    private final int retryAfterSeconds;
    private final String formKey;
    private final String apiKey;

    Outage(String logLabel, int retryAfterSeconds, String formKey, String apiKey) {
        this.logLabel = logLabel;
        this.retryAfterSeconds = retryAfterSeconds;
        this.formKey = formKey;
        this.apiKey = apiKey;
    }

    /** The outage {@code failure} comes from, if it comes from one. */
    public static Optional<Outage> of(Throwable failure) {
        if (StorageUnavailableException.causedBy(failure)) {
            return Optional.of(STORAGE);
        }
        return DatabaseUnavailable.causedBy(failure) ? Optional.of(DATABASE) : Optional.empty();
    }

    /** What the log says (never the path of a file). */
    public String logLabel() {
        return logLabel;
    }

    /** When a client may try again: the {@code Retry-After} of the 503. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The message shown on a form that was kept. */
    public String formKey() {
        return formKey;
    }

    /** The message of the API's JSON error and the 503 page of an API path. */
    public String apiKey() {
        return apiKey;
    }
}
