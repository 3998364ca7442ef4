package id.go.kpu.eppid.request.domain;

/** What happened to a request, for its history and audit trail. */
public enum EventAction {
    SUBMITTED, STATUS_CHANGED, FILE_VIEWED, MAIL_QUEUED, TAKEN_TO_OFFICIAL, DISPOSED,
    /** Processing (REQ-4, REQ-6): analysis recorded, an item classified, prepared data attached. */
    ANALYSIS_RECORDED, ITEM_CLASSIFIED, DATA_ATTACHED,
    /** Outgoing letters (REQ-4, REQ-6): a letter drafted, approved by its signer, or a draft cancelled. */
    LETTER_DRAFTED, LETTER_APPROVED, LETTER_CANCELLED,
    /** Delivery (REQ-4, REQ-5): written in the expedition book; a document downloaded on the tracking page. */
    HANDED_OVER, DOCUMENT_DOWNLOADED,
    /** CON-3/CON-4: a consultation session was scheduled, cancelled, delegated or held. */
    CONSULTATION_SCHEDULED, CONSULTATION_CANCELLED, DELEGATION_REQUESTED, DELEGATION_APPROVED, DELEGATION_REFUSED,
    CONSULTATION_HELD,
    /** REQ-8: the calendar changed and the due date moved (old → new, and why). */
    DEADLINE_RECOMPUTED,
    /** REQ-5 → LAW-1: a walk-in's information was not immediately available; the standard regime applies. */
    REGIME_CHANGED,
    /** LAW-3: an objection filed against the request, answered by the PPID's superior, taken to the Commission. */
    OBJECTION_FILED, OBJECTION_DECIDED, OBJECTION_DISPUTE
}
