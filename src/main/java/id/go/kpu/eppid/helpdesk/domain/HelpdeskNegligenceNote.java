package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** HD-15: the supervisor's note on an officer's negligence (the basis of a sanction), seen by the supervisors only. */
@Entity
@Table(name = "helpdesk_negligence_note")
public class HelpdeskNegligenceNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private HelpdeskTeamMember member;

    @Column(name = "noted_at", nullable = false, updatable = false)
    private Instant notedAt;

    @Column(name = "noted_by", nullable = false, length = 60, updatable = false)
    private String notedBy;

    @Column(nullable = false, length = 2000, updatable = false)
    private String note;

    protected HelpdeskNegligenceNote() {
    }

    public HelpdeskNegligenceNote(long officeId, HelpdeskTeamMember member, Instant notedAt, String notedBy,
            String note) {
        this.officeId = officeId;
        this.member = member;
        this.notedAt = notedAt;
        this.notedBy = notedBy;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public HelpdeskTeamMember getMember() {
        return member;
    }

    public Instant getNotedAt() {
        return notedAt;
    }

    public String getNotedBy() {
        return notedBy;
    }

    public String getNote() {
        return note;
    }
}
