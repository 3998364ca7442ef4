package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An online meeting with a party's liaison (HD-3): when, how long, the link, and the invitation mailed to the party. */
@Entity
@Table(name = "helpdesk_meeting")
public class HelpdeskMeeting {

    public static final int LINK_LENGTH = 500;
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(nullable = false, length = LINK_LENGTH, updatable = false)
    private String link;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "invited_address", nullable = false, length = 150, updatable = false)
    private String invitedAddress;

    @Column(name = "invitation_mail_id")
    private Long invitationMailId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected HelpdeskMeeting() {
    }

    /** When and where the meeting is, and whom it invites. */
    public record Plan(Instant startsAt, int durationMinutes, String link, String note) {
    }

    public HelpdeskMeeting(long consultationId, Plan plan, String invitedAddress, Instant now, String by) {
        this.consultationId = consultationId;
        this.startsAt = plan.startsAt();
        this.durationMinutes = plan.durationMinutes();
        this.link = plan.link();
        this.note = plan.note();
        this.invitedAddress = invitedAddress;
        this.createdAt = now;
        this.createdBy = by;
    }

    public void invitationQueued(long mailId) {
        this.invitationMailId = mailId;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLink() {
        return link;
    }

    public String getNote() {
        return note;
    }

    public String getInvitedAddress() {
        return invitedAddress;
    }

    public Long getInvitationMailId() {
        return invitationMailId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
