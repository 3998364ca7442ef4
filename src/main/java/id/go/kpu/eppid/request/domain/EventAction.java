package id.go.kpu.eppid.request.domain;

/** What happened to a request, for its history and audit trail. */
public enum EventAction {
    SUBMITTED, STATUS_CHANGED, FILE_VIEWED, MAIL_QUEUED, TAKEN_TO_OFFICIAL, DISPOSED,
    /** CON-3/CON-4: a consultation session was scheduled, cancelled, delegated or held. */
    CONSULTATION_SCHEDULED, CONSULTATION_CANCELLED, DELEGATION_REQUESTED, DELEGATION_APPROVED, DELEGATION_REFUSED,
    CONSULTATION_HELD
}
