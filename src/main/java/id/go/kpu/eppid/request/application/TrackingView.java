package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the public tracking page shows of a request: number, kind, office, status history, due date and how it was
 * computed ({@code dueTrace}, see {@code DeadlineExplanation}). Holds no
 * personal data (no ID number, phone, address or files) by construction.
 */
public record TrackingView(long requestId, String registrationNumber, RequestKind kind, String officeName,
        String zoneId, RequestStatus status, Instant receivedAt, Instant dueAt, List<Step> history, String dueTrace)
        implements Serializable {

    /** One status change. */
    public record Step(Instant at, RequestStatus status) implements Serializable {
    }
}
