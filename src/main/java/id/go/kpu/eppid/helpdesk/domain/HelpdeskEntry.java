package id.go.kpu.eppid.helpdesk.domain;

import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a consultation's thread: a step, the office and person who took it, and what they wrote (HD-6, HD-8). */
@Entity
@Table(name = "helpdesk_entry")
public class HelpdeskEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private HelpdeskEntryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 24, updatable = false)
    private HelpdeskStatus statusAfter;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String body;

    protected HelpdeskEntry() {
    }

    /** A step {@code actor} took on {@code c} at {@code at}, for the actor's office; the status is the one after it. */
    public HelpdeskEntry(HelpdeskConsultation c, StaffAccount actor, Instant at, HelpdeskEntryKind kind, String body) {
        this.consultationId = c.getId();
        this.officeId = actor.getOffice().getId();
        this.occurredAt = at;
        this.actor = actor.getUsername();
        this.kind = kind;
        this.statusAfter = c.getStatus();
        this.body = body;
    }

    /** A step the portal took by itself for {@code officeId} (e.g. a mail read from the helpdesk mailbox). */
    public HelpdeskEntry(HelpdeskConsultation c, long officeId, String actor, Instant at, HelpdeskEntryKind kind,
            String body) {
        this.consultationId = c.getId();
        this.officeId = officeId;
        this.occurredAt = at;
        this.actor = actor;
        this.kind = kind;
        this.statusAfter = c.getStatus();
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
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

    public HelpdeskEntryKind getKind() {
        return kind;
    }

    public HelpdeskStatus getStatusAfter() {
        return statusAfter;
    }

    public String getBody() {
        return body;
    }
}
