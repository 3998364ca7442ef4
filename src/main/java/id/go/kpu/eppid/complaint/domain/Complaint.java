package id.go.kpu.eppid.complaint.domain;

import id.go.kpu.eppid.shared.upload.AttachedFile;
import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * REQ-9: a complaint, suggestion or appreciation addressed to the Chair, with who sent it (optional: it may be
 * anonymous), an optional attachment, and the response that closes it.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public static final int TEXT_LENGTH = 4000;
    public static final int NAME_LENGTH = 150;
    public static final int CONTACT_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Column(name = "c_year", nullable = false)
    private int year;

    @Column(name = "c_seq", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComplaintChannel channel;

    @Lob
    @Column(nullable = false)
    private String text;

    @Column(name = "sender_name", length = NAME_LENGTH)
    private String senderName;

    @Column(name = "sender_contact", length = CONTACT_LENGTH)
    private String senderContact;

    @Embedded
    private AttachedFile attachment;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    @Lob
    @Column
    private String response;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private int version;

    protected Complaint() {
    }

    /** What was sent. */
    public record Content(ComplaintKind kind, ComplaintChannel channel, String text, String senderName,
            String senderContact, FileDetails attachment) {
    }

    public Complaint(long officeId, String number, int year, int sequence, Content c, Instant receivedAt,
            String receivedBy) {
        this.officeId = officeId;
        this.number = number;
        this.year = year;
        this.sequence = sequence;
        this.kind = c.kind();
        this.channel = c.channel();
        this.text = c.text();
        this.senderName = c.senderName();
        this.senderContact = c.senderContact();
        this.attachment = AttachedFile.of(c.attachment());
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    /** The response that closes it. */
    public void answer(String response, String by, Instant at) {
        if (answeredAt != null) {
            throw new IllegalStateException("already answered");
        }
        this.response = response;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isClosed() {
        return answeredAt != null;
    }

    /** How long the answer took (null while open). */
    public Duration timeToAnswer() {
        return answeredAt == null ? null : Duration.between(receivedAt, answeredAt);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getNumber() {
        return number;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public String getText() {
        return text;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSenderContact() {
        return senderContact;
    }

    public FileDetails getAttachment() {
        return AttachedFile.details(attachment);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getResponse() {
        return response;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
