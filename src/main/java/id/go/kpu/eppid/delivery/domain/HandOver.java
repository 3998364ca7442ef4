package id.go.kpu.eppid.delivery.domain;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A line of the expedition book (buku ekspedisi, REQ-4 steps 11 and 13, REQ-5): what was handed over for a request,
 * to whom, how, when and by whom, with the recipient's signature when collected at the desk. Numbered per office
 * and year; never changed once written.
 */
@Entity
@Table(name = "hand_over")
public class HandOver {

    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int NAME_LENGTH = 150;
    public static final int CONTACT_LENGTH = 400;
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(name = "book_year", nullable = false)
    private int bookYear;

    @Column(name = "book_seq", nullable = false)
    private int bookSeq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HandOverContent content;

    @Column(name = "letter_id")
    private Long letterId;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private HandOverMethod method;

    @Column(name = "recipient_name", nullable = false, length = NAME_LENGTH)
    private String recipientName;

    @Column(name = "recipient_contact", length = CONTACT_LENGTH)
    private String recipientContact;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    @Column(name = "handed_by", nullable = false, length = 60)
    private String handedBy;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "storedName", column = @Column(name = "stored_name", length = 120)),
        @AttributeOverride(name = "originalName", column = @Column(name = "original_name", length = 255)),
        @AttributeOverride(name = "mediaType", column = @Column(name = "media_type", length = 100)),
        @AttributeOverride(name = "sizeBytes", column = @Column(name = "size_bytes")),
        @AttributeOverride(name = "sha256", column = @Column(name = "sha256", length = 64))})
    private FileDetails signature;

    @Column(name = "mail_id")
    private Long mailId;

    protected HandOver() {
    }

    /** What a hand-over records. */
    public record Particulars(HandOverContent content, Long letterId, String description, HandOverMethod method,
            String recipientName, String recipientContact, String note) {
    }

    public HandOver(ServiceRequest request, int bookYear, int bookSeq, Particulars p, FileDetails signature,
            Instant handedAt, String handedBy) {
        this.officeId = request.getOffice().getId();
        this.request = request;
        this.bookYear = bookYear;
        this.bookSeq = bookSeq;
        this.content = p.content();
        this.letterId = p.letterId();
        this.description = p.description();
        this.method = p.method();
        this.recipientName = p.recipientName();
        this.recipientContact = p.recipientContact();
        this.note = p.note();
        this.signature = signature;
        this.handedAt = handedAt;
        this.handedBy = handedBy;
    }

    /** The mail that carried it (e-mail hand-overs). */
    public void sentWith(long mailId) {
        this.mailId = mailId;
    }

    /** The expedition-book number, e.g. {@code 0007/EKS/2026}. */
    public String getBookNumber() {
        return String.format("%04d/EKS/%d", bookSeq, bookYear);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public HandOverContent getContent() {
        return content;
    }

    public Long getLetterId() {
        return letterId;
    }

    public String getDescription() {
        return description;
    }

    public HandOverMethod getMethod() {
        return method;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientContact() {
        return recipientContact;
    }

    public String getNote() {
        return note;
    }

    public Instant getHandedAt() {
        return handedAt;
    }

    public String getHandedBy() {
        return handedBy;
    }

    public FileDetails getSignature() {
        return signature;
    }

    public Long getMailId() {
        return mailId;
    }
}
