package id.go.kpu.eppid.helpdesk.domain;

/** How a call back went: done (the party got the answer or correction), not reached, or to be called again later. */
public enum CallOutcome {
    DONE, NOT_REACHED, CALL_AGAIN;

    public boolean closes() {
        return this == DONE;
    }
}
