package id.go.kpu.eppid.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stop of a request's clock while it waits for the applicant (incomplete); open while {@code resumedAt} is null. */
@Entity
@Table(name = "request_pause")
public class RequestPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "paused_at", nullable = false)
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    protected RequestPause() {
    }

    public RequestPause(long requestId, Instant pausedAt) {
        this.requestId = requestId;
        this.pausedAt = pausedAt;
    }

    public void resume(Instant at) {
        this.resumedAt = at;
    }

    public Pause toPause() {
        return new Pause(pausedAt, resumedAt);
    }

    public long getRequestId() {
        return requestId;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getResumedAt() {
        return resumedAt;
    }
}
