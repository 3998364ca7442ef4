package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import java.io.Serializable;
import java.time.Instant;

/** One line of the officer worklist. */
public record WorklistRow(long id, String registrationNumber, RequestKind kind, Channel channel,
        RequestStatus status, String applicantName, String institutionName, String subject, Instant receivedAt,
        Instant dueAt) implements Serializable {

    /** Longest subject shown in a line. */
    public static final int SUBJECT_PREVIEW = 140;

    public String getApplicantDisplay() {
        return institutionName == null ? applicantName : applicantName + " (" + institutionName + ")";
    }
}
