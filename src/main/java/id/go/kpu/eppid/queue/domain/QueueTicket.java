package id.go.kpu.eppid.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A queue ticket of one office and day (HD-5): its number, the service it waits for, its priority, where it is and
 * the times of each step (UTC instants, whole seconds). The steps check their own preconditions and throw
 * {@link QueueRuleException} with the bundle key that explains a refusal.
 */
@Entity
@Table(name = "queue_ticket")
public class QueueTicket implements QueueOrder.Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    /** The service the number was issued for (its letter); never changes. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private QueueService service;

    /** The service the ticket waits for or is served in now (differs after a transfer). */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_service", nullable = false, length = 20)
    private QueueService currentService;

    @Column(name = "service_day", nullable = false, updatable = false)
    private LocalDate serviceDay;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(nullable = false, length = 12, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TicketPriority priority;

    @Column(name = "priority_class", nullable = false, updatable = false)
    private int priorityClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TicketStatus status;

    @Column(name = "desk_id")
    private Long deskId;

    @Column(name = "call_count", nullable = false)
    private int callCount;

    @Column(name = "last_call_seq")
    private Integer lastCallSeq;

    @Column(name = "transfer_count", nullable = false)
    private int transferCount;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "first_called_at")
    private Instant firstCalledAt;

    @Column(name = "last_called_at")
    private Instant lastCalledAt;

    @Column(name = "service_started_at")
    private Instant serviceStartedAt;

    @Column(name = "service_ended_at")
    private Instant serviceEndedAt;

    @Column(name = "issued_by", nullable = false, length = 60, updatable = false)
    private String issuedBy;

    @Column(name = "served_by", length = 60)
    private String servedBy;

    @Column(name = "guest_entry_id")
    private Long guestEntryId;

    @Column(name = "request_id")
    private Long requestId;

    protected QueueTicket() {
    }

    public QueueTicket(long officeId, TicketNumber number, TicketPriority priority, LocalDate serviceDay,
            Instant issuedAt, String issuedBy) {
        this.officeId = officeId;
        this.service = number.service();
        this.currentService = number.service();
        this.sequence = number.sequence();
        this.number = number.value();
        this.priority = Objects.requireNonNull(priority, "priority");
        this.priorityClass = priority.queueClass();
        this.serviceDay = serviceDay;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.status = TicketStatus.WAITING;
    }

    /** Called to {@code desk} for the first time (or again after a transfer); {@code callSeq} orders the calls. */
    public void call(long desk, Instant at, int callSeq) {
        require(status == TicketStatus.WAITING, "queue.error.notWaiting");
        status = TicketStatus.CALLED;
        deskId = desk;
        callCount++;
        lastCallSeq = callSeq;
        if (firstCalledAt == null) {
            firstCalledAt = at;
        }
        lastCalledAt = at;
    }

    /** Called again at the same desk: counts the call, the display shows it again. */
    public void recall(Instant at, int callSeq) {
        require(status == TicketStatus.CALLED, "queue.error.recallNotCalled");
        callCount++;
        lastCallSeq = callSeq;
        lastCalledAt = at;
    }

    /** The visitor did not come after being called. */
    public void noShow(Instant at) {
        require(status == TicketStatus.CALLED, "queue.error.noShowNotCalled");
        status = TicketStatus.NO_SHOW;
        serviceEndedAt = at;
    }

    public void startService(Instant at, String officer) {
        require(status == TicketStatus.CALLED, "queue.error.startNotCalled");
        status = TicketStatus.SERVING;
        serviceStartedAt = at;
        servedBy = officer;
    }

    public void finishService(Instant at) {
        require(status == TicketStatus.SERVING, "queue.error.finishNotServing");
        status = TicketStatus.DONE;
        serviceEndedAt = at;
    }

    /**
     * Sends the ticket back to waiting in another service, keeping its number and its place by issue order. The
     * waiting time stays measured to the first call; a service started at the old desk is dropped.
     */
    public void transfer(QueueService to) {
        require(status.atDesk(), "queue.error.transferNotAtDesk");
        require(to != null && to != currentService, "queue.error.transferSameService");
        currentService = to;
        status = TicketStatus.WAITING;
        deskId = null;
        serviceStartedAt = null;
        servedBy = null;
        transferCount++;
    }

    public void linkGuestEntry(long guestEntryId) {
        this.guestEntryId = guestEntryId;
    }

    public void linkRequest(long requestId) {
        this.requestId = requestId;
    }

    /** First call − issue; null before the first call. */
    public Duration waitingDuration() {
        return QueueDurations.between(issuedAt, firstCalledAt);
    }

    /** End − start of the service; null until both are known. */
    public Duration serviceDuration() {
        return QueueDurations.between(serviceStartedAt, serviceEndedAt);
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new QueueRuleException(key);
        }
    }

    @Override
    public TicketPriority priority() {
        return priority;
    }

    @Override
    public long issueOrder() {
        return id == null ? Long.MAX_VALUE : id;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public QueueService getService() {
        return service;
    }

    public QueueService getCurrentService() {
        return currentService;
    }

    public LocalDate getServiceDay() {
        return serviceDay;
    }

    public int getSequence() {
        return sequence;
    }

    public String getNumber() {
        return number;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Long getDeskId() {
        return deskId;
    }

    public int getCallCount() {
        return callCount;
    }

    public Integer getLastCallSeq() {
        return lastCallSeq;
    }

    public int getTransferCount() {
        return transferCount;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getFirstCalledAt() {
        return firstCalledAt;
    }

    public Instant getLastCalledAt() {
        return lastCalledAt;
    }

    public Instant getServiceStartedAt() {
        return serviceStartedAt;
    }

    public Instant getServiceEndedAt() {
        return serviceEndedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getServedBy() {
        return servedBy;
    }

    public Long getGuestEntryId() {
        return guestEntryId;
    }

    public Long getRequestId() {
        return requestId;
    }
}
