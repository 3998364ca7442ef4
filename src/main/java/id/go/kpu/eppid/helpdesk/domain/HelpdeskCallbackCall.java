package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One call made for a callback (HD-9): when, by whom, how it went. */
@Entity
@Table(name = "helpdesk_callback_call")
public class HelpdeskCallbackCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "called_at", nullable = false, updatable = false)
    private Instant calledAt;

    @Column(name = "called_by", nullable = false, length = 60, updatable = false)
    private String calledBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CallOutcome outcome;

    @Column(length = 1000, updatable = false)
    private String note;

    protected HelpdeskCallbackCall() {
    }

    HelpdeskCallbackCall(CallOutcome outcome, String note, Instant calledAt, String calledBy) {
        this.outcome = outcome;
        this.note = note;
        this.calledAt = calledAt;
        this.calledBy = calledBy;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }
}
