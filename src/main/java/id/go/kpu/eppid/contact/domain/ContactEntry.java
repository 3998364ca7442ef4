package id.go.kpu.eppid.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A question received by telephone or social media (REQ-1 e, seed 003 KEDUA.2), logged by staff with the channel,
 * the contact (number or account) and what was asked, and the answer given, so it is answered and counted like any
 * other request.
 */
@Entity
@Table(name = "contact_log")
public class ContactEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContactChannel channel;

    @Column(nullable = false, length = 150)
    private String contact;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String question;

    @Column(columnDefinition = "TEXT")
    private String answer;

    @Column(name = "logged_by", nullable = false, length = 60, updatable = false)
    private String loggedBy;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "search_text", nullable = false, length = 700)
    private String searchText;

    protected ContactEntry() {
    }

    public ContactEntry(long officeId, Instant occurredAt, ContactChannel channel, String contact, String name,
            String question, String answer, String loggedBy) {
        this.officeId = officeId;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.contact = contact;
        this.name = name;
        this.question = question;
        this.answer = answer;
        this.loggedBy = loggedBy;
        String text = (name + " " + question).toLowerCase(Locale.ROOT);
        this.searchText = text.length() > 680 ? text.substring(0, 680) : text;
    }

    public void answer(String text) {
        this.answer = text;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    /** The number or account; personal data, staff pages only. */
    public String getContact() {
        return contact;
    }

    public String getName() {
        return name;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Long getRequestId() {
        return requestId;
    }
}
