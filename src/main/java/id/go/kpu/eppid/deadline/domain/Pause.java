package id.go.kpu.eppid.deadline.domain;

import java.time.Instant;

/** The clock stopped while the request waited for the applicant (incomplete); {@code to} is null while it waits. */
public record Pause(Instant from, Instant to) {
}
