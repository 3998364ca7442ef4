package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail of a consultation's e-mail thread (HD-3): read from the office's helpdesk mailbox, or a reply sent from it,
 * with the Message-ID that later mails of the party refer to.
 */
@Entity
@Table(name = "helpdesk_mail")
public class HelpdeskMail {

    public static final int SUBJECT_LENGTH = 250;
    public static final int ADDRESS_LENGTH = 150;

    /** Read from the mailbox, or sent from it. */
    public enum Direction { IN, OUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Direction direction;

    @Column(name = "message_id", nullable = false, length = 250, updatable = false)
    private String messageId;

    @Column(name = "in_reply_to", length = 250, updatable = false)
    private String inReplyTo;

    @Column(name = "references_header", length = 2000, updatable = false)
    private String referencesHeader;

    @Column(name = "from_address", nullable = false, length = ADDRESS_LENGTH, updatable = false)
    private String fromAddress;

    @Column(name = "to_address", nullable = false, length = ADDRESS_LENGTH, updatable = false)
    private String toAddress;

    @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    private String body;

    @Column(length = 60, updatable = false)
    private String folder;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "outbox_id", updatable = false)
    private Long outboxId;

    protected HelpdeskMail() {
    }

    /** The addresses and thread headers of a mail. */
    public record Envelope(String messageId, String inReplyTo, String references, String from, String to,
            String subject) {
    }

    public HelpdeskMail(long officeId, long consultationId, Direction direction, Envelope e, String body,
            String folder, Instant at, Long outboxId) {
        this.officeId = officeId;
        this.consultationId = consultationId;
        this.direction = direction;
        this.messageId = cut(e.messageId(), 250);
        this.inReplyTo = cut(e.inReplyTo(), 250);
        this.referencesHeader = cut(e.references(), 2000);
        this.fromAddress = cut(e.from(), ADDRESS_LENGTH);
        this.toAddress = cut(e.to(), ADDRESS_LENGTH);
        this.subject = cut(e.subject(), SUBJECT_LENGTH);
        this.body = body;
        this.folder = folder;
        this.occurredAt = at;
        this.outboxId = outboxId;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
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

    public Direction getDirection() {
        return direction;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferencesHeader() {
        return referencesHeader;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getFolder() {
        return folder;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getOutboxId() {
        return outboxId;
    }
}
