package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.standards.domain.TrafficLight;
import java.time.Instant;

/** One open request in the dashboard's drill-down. */
public record OpenRequestRow(long id, String registrationNumber, RequestKind kind, RequestStatus status,
        String assigneeName, String regimeCode, Instant dueAt, TrafficLight light) implements java.io.Serializable {
}
