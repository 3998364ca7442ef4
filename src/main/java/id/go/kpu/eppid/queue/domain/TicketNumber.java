package id.go.kpu.eppid.queue.domain;

import java.util.Objects;

/**
 * A ticket's number as visitors see it: the service letter and the day's sequence with at least three digits,
 * {@code A-001}, {@code B-042}, {@code C-1000}.
 */
public record TicketNumber(QueueService service, int sequence) {

    public TicketNumber {
        Objects.requireNonNull(service, "service");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /** The printed form, e.g. {@code A-001}. */
    public String value() {
        return service.prefix() + "-" + String.format("%03d", sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
