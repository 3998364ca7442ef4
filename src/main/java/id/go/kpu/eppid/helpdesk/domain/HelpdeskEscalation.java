package id.go.kpu.eppid.helpdesk.domain;

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

/**
 * One level of a consultation's escalation (HD-8): the office it reached (level 1 is the origin office's
 * Commissioner, then the helpdesk of each office above), the question as passed on, and how the level closed it —
 * answered, or passed on to the next level — with when and by whom, so the time at each level can be shown.
 */
@Entity
@Table(name = "helpdesk_escalation")
public class HelpdeskEscalation {

    /** How a level closed its part. */
    public enum Outcome { ANSWERED, PASSED_ON }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(nullable = false, updatable = false)
    private int level;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(nullable = false, updatable = false)
    private boolean commissioner;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String question;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;

    @Column(name = "escalated_by", nullable = false, length = 60, updatable = false)
    private String escalatedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Outcome outcome;

    @Column(columnDefinition = "TEXT")
    private String answer;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    protected HelpdeskEscalation() {
    }

    public HelpdeskEscalation(long consultationId, EscalationPath.Level level, String question, Instant at,
            String actor) {
        this.consultationId = consultationId;
        this.level = level.number();
        this.officeId = level.officeId();
        this.commissioner = level.commissioner();
        this.question = question;
        this.escalatedAt = at;
        this.escalatedBy = actor;
    }

    public void close(Outcome how, String text, Instant at, String actor) {
        this.outcome = how;
        this.answer = text;
        this.closedAt = at;
        this.closedBy = actor;
    }

    public boolean isOpen() {
        return outcome == null;
    }

    /** Time the level took (so far, when still open). */
    public Duration took(Instant now) {
        return Duration.between(escalatedAt, closedAt != null ? closedAt : now);
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public int getLevel() {
        return level;
    }

    public long getOfficeId() {
        return officeId;
    }

    public boolean isCommissioner() {
        return commissioner;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
