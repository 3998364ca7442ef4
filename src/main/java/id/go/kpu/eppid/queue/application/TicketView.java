package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.queue.domain.QueueDurations;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.QueueTicket;
import id.go.kpu.eppid.queue.domain.TicketPriority;
import id.go.kpu.eppid.queue.domain.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ticket as staff see it (console, day list, staff API): number, services, state, desk, the step times (UTC)
 * and the waiting and service durations in seconds (null until known). No personal data.
 */
public record TicketView(long id, String number, QueueService service, QueueService currentService,
        TicketPriority priority, TicketStatus status, Long deskId, String deskName, int callCount, int transferCount,
        LocalDate serviceDay, Instant issuedAt, Instant firstCalledAt, Instant lastCalledAt,
        Instant serviceStartedAt, Instant serviceEndedAt, Long waitingSeconds, Long serviceSeconds, String issuedBy,
        String servedBy, Long guestEntryId, Long requestId) {

    static TicketView of(QueueTicket t, String deskName) {
        var waiting = t.waitingDuration();
        var service = t.serviceDuration();
        return new TicketView(t.getId(), t.getNumber(), t.getService(), t.getCurrentService(), t.getPriority(),
                t.getStatus(), t.getDeskId(), deskName, t.getCallCount(), t.getTransferCount(), t.getServiceDay(),
                t.getIssuedAt(), t.getFirstCalledAt(), t.getLastCalledAt(), t.getServiceStartedAt(),
                t.getServiceEndedAt(), waiting == null ? null : waiting.getSeconds(),
                service == null ? null : service.getSeconds(), t.getIssuedBy(), t.getServedBy(), t.getGuestEntryId(),
                t.getRequestId());
    }

    /** Waiting time as {@code m:ss}; empty before the first call. */
    public String waitingText() {
        return waitingSeconds == null ? "" : QueueDurations.format(java.time.Duration.ofSeconds(waitingSeconds));
    }

    /** Service time as {@code m:ss}; empty until the service has ended. */
    public String serviceText() {
        return serviceSeconds == null ? "" : QueueDurations.format(java.time.Duration.ofSeconds(serviceSeconds));
    }

    public boolean isPriorityTicket() {
        return priority.isPriority();
    }
}
