package id.go.kpu.eppid.queue.domain;

/**
 * The services an office's queue issues tickets for (HD-5), each with the letter that prefixes its ticket numbers
 * and the name of its counter series in {@code office_counter}.
 */
public enum QueueService {
    INFORMATION('A'),
    CONSULTATION('B'),
    SIPOL_HELPDESK('C');

    private final char prefix;

    QueueService(char prefix) {
        this.prefix = prefix;
    }

    public char prefix() {
        return prefix;
    }

    /** Counter series of the service's ticket numbers, e.g. {@code QUEUE-A}. */
    public String series() {
        return "QUEUE-" + prefix;
    }
}
