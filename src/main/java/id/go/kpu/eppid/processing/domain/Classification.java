package id.go.kpu.eppid.processing.domain;

/**
 * How an item of requested information is classified (REQ-6, LAW-2): open, excepted under Pasal 17, or partly
 * excepted (given with parts blacked out).
 */
public enum Classification {
    NOT_EXCEPTED, EXCEPTED, PARTIALLY_EXCEPTED;

    /** Whether the classification withholds something and so needs a category and a consequence test. */
    public boolean withholds() {
        return this != NOT_EXCEPTED;
    }
}
