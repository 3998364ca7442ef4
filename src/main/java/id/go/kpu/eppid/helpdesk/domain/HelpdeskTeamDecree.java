package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The decree that forms an office's helpdesk team (HD-1); the latest one is in force. */
@Entity
@Table(name = "helpdesk_team_decree")
public class HelpdeskTeamDecree {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "decree_number", nullable = false, length = 100, updatable = false)
    private String decreeNumber;

    @Column(name = "decree_date", nullable = false, updatable = false)
    private LocalDate decreeDate;

    @Column(nullable = false, length = 500, updatable = false)
    private String title;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected HelpdeskTeamDecree() {
    }

    public HelpdeskTeamDecree(long officeId, String decreeNumber, LocalDate decreeDate, String title, Instant now,
            String by) {
        this.officeId = officeId;
        this.decreeNumber = decreeNumber;
        this.decreeDate = decreeDate;
        this.title = title;
        this.createdAt = now;
        this.createdBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
