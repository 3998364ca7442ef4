package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.queue.domain.QueueService;
import java.time.Instant;
import java.util.List;

/**
 * What the public calling display shows: the latest call, the last call per desk, the last calls and the number
 * waiting per service. Public: only ticket numbers, desk names, counts and times (times also as office-local
 * {@code HH.mm}); nothing about the visitors.
 */
public record DisplayBoard(String officeCode, String officeName, String zone, Instant now, Call latest,
        List<DeskCall> desks, List<Call> recent, List<Waiting> waiting) {

    /** One call: ticket number, service, desk, when, how many times this ticket was called, and the call's order. */
    public record Call(int seq, String number, QueueService service, String desk, Instant calledAt, String time,
            int calls) {
    }

    /** A desk and its last call today (null fields when it has called nobody yet). */
    public record DeskCall(String desk, List<QueueService> services, String number, String time, boolean serving) {
    }

    public record Waiting(QueueService service, char prefix, long count) {
    }
}
