package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the applicant gets back on submission. {@code trackingCode} is only known at that moment (only its hash is
 * stored); a repeated submission of the same form returns the receipt with {@code duplicate} set and no code.
 */
public record Receipt(long requestId, String registrationNumber, String trackingCode, RequestKind kind,
        Channel channel, String applicantName, String subject, long officeId, String officeName, String zoneId,
        Instant receivedAt, Instant dueAt, boolean duplicate) implements Serializable {
}
