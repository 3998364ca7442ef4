package id.go.kpu.eppid.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of an office's audit trail for the front desk and intake (guest registered, visitor card issued or
 * returned, ID card returned, letter registered, queue ticket called …): who, when, what, about which record.
 * Append-only: the portal has no way to change or delete it.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "subject_type", nullable = false, length = 30, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = 500, updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(long officeId, Instant occurredAt, String actor, String subjectType, long subjectId, String action,
            String detail) {
        this.officeId = officeId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
