package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.Serializable;
import java.time.Instant;

/** One line of the officer worklist. */
public record WorklistRow(long id, String registrationNumber, RequestKind kind, Channel channel,
        RequestStatus status, String applicantName, String institutionName, String subject, Instant receivedAt,
        Instant dueAt) implements Serializable {

    /** Longest subject shown in a line. */
    public static final int SUBJECT_PREVIEW = 140;

    /** The applicant as a line shows them: the name, and the institution in brackets for a body. */
    @JsonbProperty("applicantDisplay") // for a record, JSON-B names any other method by its full name
    public String getApplicantDisplay() {
        return institutionName == null ? applicantName : applicantName + " (" + institutionName + ")";
    }
}
