package id.go.kpu.eppid.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail in the outbox. Queued in the same transaction as what it is about, sent afterwards, retried with growing
 * pauses; after {@link #MAX_ATTEMPTS} it is marked failed and stays visible to staff.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    /** Attempts before a mail is given up as failed (the pauses double from one minute: about 8.5 hours in all). */
    public static final int MAX_ATTEMPTS = 10;

    /** Where a mail stands. */
    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id")
    private Long officeId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(nullable = false, length = 150)
    private String recipient;

    @Column(nullable = false, length = 250)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "from_address", length = 150)
    private String fromAddress;

    @Column(name = "message_id", length = 250)
    private String messageId;

    @Column(name = "in_reply_to", length = 250)
    private String inReplyTo;

    @Column(name = "references_header", length = 2000)
    private String referencesHeader;

    protected OutgoingMail() {
    }

    public OutgoingMail(Long officeId, Long requestId, String recipient, String subject, String body, Instant now) {
        this.officeId = officeId;
        this.requestId = requestId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Sends this mail from {@code thread}'s address with its thread headers (a reply in a conversation that the
     * recipient's mail program shows as one thread).
     */
    public void thread(MailThread thread) {
        this.fromAddress = thread.from();
        this.messageId = thread.messageId();
        this.inReplyTo = thread.inReplyTo();
        this.referencesHeader = thread.references();
    }

    /** The sender and thread headers, or null for a plain mail from the portal's address. */
    public MailThread getThread() {
        return messageId == null && fromAddress == null ? null
                : new MailThread(fromAddress, messageId, inReplyTo, referencesHeader);
    }

    public void markSent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt and schedules the next one, or gives up after {@link #MAX_ATTEMPTS}. */
    public void markFailedAttempt(Instant now, String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /** Puts a failed mail back in the queue (a staff action). */
    public void retryNow(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
