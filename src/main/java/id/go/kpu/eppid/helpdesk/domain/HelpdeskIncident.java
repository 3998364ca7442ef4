package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** HD-15: a technical disturbance an officer reported, whom it was sent to, and how it was resolved. */
@Entity
@Table(name = "helpdesk_incident")
public class HelpdeskIncident {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 60, updatable = false)
    private String reportedBy;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String description;

    @Column(length = 500)
    private String notified;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 60)
    private String resolvedBy;

    @Column(length = TEXT_LENGTH)
    private String resolution;

    protected HelpdeskIncident() {
    }

    public HelpdeskIncident(long officeId, Instant reportedAt, String reportedBy, String description) {
        this.officeId = officeId;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.description = description;
    }

    public void notified(String whom) {
        this.notified = whom == null || whom.length() <= 500 ? whom : whom.substring(0, 500);
    }

    public void resolve(String text, Instant now, String by) {
        this.resolution = text;
        this.resolvedAt = now;
        this.resolvedBy = by;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getDescription() {
        return description;
    }

    public String getNotified() {
        return notified;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }
}
