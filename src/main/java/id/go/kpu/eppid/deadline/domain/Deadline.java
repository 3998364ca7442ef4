package id.go.kpu.eppid.deadline.domain;

import java.time.Instant;
import java.util.List;

/**
 * A computed due date with where its clock started and the steps that explain it. While the clock is stopped
 * ({@code paused}), the due date is the one it would have if the applicant completed the request now.
 */
public record Deadline(Instant dueAt, Instant clockStart, List<TraceStep> trace, boolean paused) {

    public Deadline {
        trace = List.copyOf(trace);
    }
}
