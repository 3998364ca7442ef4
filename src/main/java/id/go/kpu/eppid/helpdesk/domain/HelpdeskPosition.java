package id.go.kpu.eppid.helpdesk.domain;

/**
 * A member's position in the helpdesk team (HD-1, seed 001 Lampiran I, seed 000 IV): the person in charge (a
 * Commissioner), the head, the secretary, the coordinator, the daily coordinator and the members (officers).
 */
public enum HelpdeskPosition {
    PIC, HEAD, SECRETARY, COORDINATOR, DAILY_COORDINATOR, MEMBER;

    /** Serves at the desk and rotates as daily coordinator. */
    public boolean officer() {
        return this == DAILY_COORDINATOR || this == MEMBER;
    }
}
