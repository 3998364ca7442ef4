package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.standards.domain.StepProcess;

/**
 * One timed step that ran over its standard: a request (with its registration number) or a queue ticket (its number).
 *
 * @param requestId the request's id, or null for a queue ticket
 * @param reference the registration number or ticket number
 * @param official the username of who ended the step (or served the ticket), may be null
 */
public record OverStandardRow(StepProcess process, String code, Long requestId, String reference, String official,
        long seconds, int standardMinutes) implements java.io.Serializable {

    public double minutes() {
        return seconds / 60.0;
    }

    /** A row key, unique within a page. */
    public String key() {
        return process + ":" + code + ":" + (requestId != null ? "r" + requestId : reference);
    }
}
