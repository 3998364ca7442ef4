package id.go.kpu.eppid.helpdesk.domain;

/** A line of a consultation's thread (HD-6, HD-8): each step, who took it and what they wrote. */
public enum HelpdeskEntryKind {
    RECEIVED, CONFIRMED, ANSWERED, NOT_UNDERSTOOD, UNDERSTOOD, SIPOL_IT_FLAGGED, ESCALATED, PASSED_ON,
    ESCALATION_ANSWERED, NOTE
}
