package id.go.kpu.eppid.helpdesk.domain;

/**
 * Where a helpdesk consultation stands (HD-6, HD-8): the problem noted, read back and confirmed, answered, escalated
 * and waiting for the level above, the escalated answer back at the office that asked, closed once the party
 * understood the answer.
 */
public enum HelpdeskStatus {
    RECEIVED, CONFIRMED, ANSWERED, ESCALATED, ESCALATION_ANSWERED, CLOSED;

    /** States in which the office that received it acts next. */
    public boolean atOrigin() {
        return this != ESCALATED && this != CLOSED;
    }
}
