package id.go.kpu.eppid.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A registered incoming letter (surat masuk; REQ-1, REQ-4 step "letter received and registered", CON-1): agenda
 * number, the sender's letter number and date, sender, subject, addressee, when and how it was received. A letter
 * that is a request for information or consultation is linked to the request it created.
 */
@Entity
@Table(name = "incoming_letter")
public class IncomingLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "agenda_year", nullable = false, updatable = false)
    private int agendaYear;

    @Column(name = "agenda_seq", nullable = false, updatable = false)
    private int agendaSequence;

    @Column(name = "agenda_number", nullable = false, length = 40, updatable = false)
    private String agendaNumber;

    @Column(name = "letter_number", length = 100)
    private String letterNumber;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    @Column(nullable = false, length = 200)
    private String sender;

    @Column(name = "sender_contact", length = 150)
    private String senderContact;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "addressed_to", nullable = false, length = 200)
    private String addressedTo;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LetterChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type", nullable = false, length = 24)
    private LetterType type;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "registered_by", nullable = false, length = 60, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "search_text", nullable = false, length = 900)
    private String searchText;

    protected IncomingLetter() {
    }

    /** The letter as the intake officer reads it off the paper or the message. */
    public record Particulars(String letterNumber, LocalDate letterDate, String sender, String senderContact,
            String subject, String addressedTo, Instant receivedAt, LetterChannel channel, LetterType type) {
    }

    public IncomingLetter(long officeId, AgendaNumber agenda, Particulars p, String registeredBy, Instant now) {
        this.officeId = officeId;
        this.agendaYear = agenda.year();
        this.agendaSequence = agenda.sequence();
        this.agendaNumber = agenda.toString();
        this.letterNumber = p.letterNumber();
        this.letterDate = p.letterDate();
        this.sender = p.sender();
        this.senderContact = p.senderContact();
        this.subject = p.subject();
        this.addressedTo = p.addressedTo();
        this.receivedAt = p.receivedAt();
        this.channel = p.channel();
        this.type = p.type();
        this.registeredBy = registeredBy;
        this.registeredAt = now;
        String text = String.join(" ", agendaNumber, p.letterNumber() == null ? "" : p.letterNumber(), p.sender(),
                p.subject()).toLowerCase(Locale.ROOT);
        this.searchText = text.length() > 880 ? text.substring(0, 880) : text;
    }

    public void linkRequest(long requestId) {
        this.requestId = requestId;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getAgendaNumber() {
        return agendaNumber;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getSender() {
        return sender;
    }

    public String getSenderContact() {
        return senderContact;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LetterChannel getChannel() {
        return channel;
    }

    public LetterType getType() {
        return type;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
