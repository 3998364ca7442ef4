package id.go.kpu.eppid.processing.domain;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A disposition (REQ-4, REQ-5): the Chair or Secretary ({@code from}) assigns a request to an official ({@code to}),
 * in writing with instructions, urgency and a due date, or orally (recorded by the receiving official). A
 * re-disposition points at the one it replaces, so the chain is kept. Never changed once given.
 */
@Entity
@Table(name = "disposition")
public class Disposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private ServiceRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DispositionKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_official_id", updatable = false)
    private StaffAccount from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_official_id", updatable = false)
    private StaffAccount to;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private DispositionPriority priority;

    @Column(name = "due_by", updatable = false)
    private LocalDate dueBy;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    protected Disposition() {
    }

    public Disposition(ServiceRequest request, DispositionKind kind, StaffAccount from, StaffAccount to,
            String instructions, DispositionPriority priority, LocalDate dueBy, Instant givenAt, String recordedBy,
            Long previousId) {
        this.request = request;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.instructions = instructions;
        this.priority = priority;
        this.dueBy = dueBy;
        this.givenAt = givenAt;
        this.recordedBy = recordedBy;
        this.previousId = previousId;
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public DispositionKind getKind() {
        return kind;
    }

    public StaffAccount getFrom() {
        return from;
    }

    public StaffAccount getTo() {
        return to;
    }

    public String getInstructions() {
        return instructions;
    }

    public DispositionPriority getPriority() {
        return priority;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getPreviousId() {
        return previousId;
    }
}
