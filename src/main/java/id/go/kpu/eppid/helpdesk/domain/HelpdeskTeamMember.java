package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of a helpdesk team decree (HD-1): name, office title, helpdesk position and portal account. */
@Entity
@Table(name = "helpdesk_team_member")
public class HelpdeskTeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decree_id", nullable = false, updatable = false)
    private long decreeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HelpdeskPosition position;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "job_title", length = 300)
    private String jobTitle;

    @Column(name = "staff_username", length = 60)
    private String staffUsername;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected HelpdeskTeamMember() {
    }

    public HelpdeskTeamMember(long decreeId, HelpdeskPosition position, String name, String jobTitle,
            String staffUsername, int sortOrder) {
        this.decreeId = decreeId;
        this.position = position;
        this.name = name;
        this.jobTitle = jobTitle;
        this.staffUsername = staffUsername;
        this.sortOrder = sortOrder;
    }

    /** No longer on the team (kept for the roster and notes that name them). */
    public void leave() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public long getDecreeId() {
        return decreeId;
    }

    public HelpdeskPosition getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
