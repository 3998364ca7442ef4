package id.go.kpu.eppid.queue.domain;

/**
 * Who is served first: elderly, disabled and pregnant visitors are called ahead of everyone else; among tickets of
 * the same class the earlier one goes first.
 */
public enum TicketPriority {
    NONE(1),
    ELDERLY(0),
    DISABLED(0),
    PREGNANT(0);

    private final int queueClass;

    TicketPriority(int queueClass) {
        this.queueClass = queueClass;
    }

    /** 0 for the priority class, 1 for everyone else; lower is called first. */
    public int queueClass() {
        return queueClass;
    }

    public boolean isPriority() {
        return queueClass == 0;
    }
}
