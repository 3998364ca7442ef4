package id.go.kpu.eppid.request.domain;

/** What happened to a request, for its history and audit trail. */
public enum EventAction {
    SUBMITTED, STATUS_CHANGED, FILE_VIEWED, MAIL_QUEUED, TAKEN_TO_OFFICIAL, DISPOSED,
    /** Outgoing letters (REQ-4, REQ-6): a letter drafted, approved by its signer, or a draft cancelled. */
    LETTER_DRAFTED, LETTER_APPROVED, LETTER_CANCELLED
}
