package id.go.kpu.eppid.request.domain;

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

/**
 * One line of a request's audit trail: who, when, what (a status change, a submission, an ID scan viewed).
 * Status changes are also the public status history on the tracking page. Append-only.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    /** Actor name for things the applicant did through the public pages or API. */
    public static final String APPLICANT = "applicant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private RequestStatus toStatus;

    @Column(length = 500)
    private String note;

    /** The longest note kept; a longer one is cut with an ellipsis (the history line, not the record itself). */
    public static final int NOTE_LENGTH = 500;

    protected RequestEvent() {
    }

    public RequestEvent(ServiceRequest request, Instant occurredAt, String actor, EventAction action,
            RequestStatus fromStatus, RequestStatus toStatus, String note) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = shortNote(note);
    }

    /** The note as a history line keeps it: at most {@link #NOTE_LENGTH} characters. */
    public static String shortNote(String note) {
        return note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public EventAction getAction() {
        return action;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
