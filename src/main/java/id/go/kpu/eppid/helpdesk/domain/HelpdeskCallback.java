package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A party to call back (HD-9): the consultation, why, by when and by whom, and each call made with its outcome; done
 * when a call reached the party with the answer or correction.
 */
@Entity
@Table(name = "helpdesk_callback")
public class HelpdeskCallback {

    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CallbackReason reason;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false, length = 60)
    private String assignee;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "callback_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<HelpdeskCallbackCall> calls = new ArrayList<>();

    protected HelpdeskCallback() {
    }

    public HelpdeskCallback(long officeId, long consultationId, CallbackReason reason, String note, Instant dueAt,
            String assignee, Instant now, String by) {
        this.officeId = officeId;
        this.consultationId = consultationId;
        this.reason = reason;
        this.note = note;
        this.dueAt = dueAt;
        this.assignee = assignee;
        this.createdAt = now;
        this.createdBy = by;
    }

    /** A call made; {@code nextDue} is when to call again when it did not close the callback (null: keep). */
    public HelpdeskCallbackCall call(CallOutcome outcome, String callNote, Instant now, String by, Instant nextDue) {
        HelpdeskCallbackCall call = new HelpdeskCallbackCall(outcome, callNote, now, by);
        calls.add(call);
        if (outcome.closes()) {
            this.doneAt = now;
        } else if (nextDue != null) {
            this.dueAt = nextDue;
        }
        return call;
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    /** Open and past its due time. */
    public boolean overdue(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public CallbackReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public List<HelpdeskCallbackCall> getCalls() {
        return calls;
    }
}
