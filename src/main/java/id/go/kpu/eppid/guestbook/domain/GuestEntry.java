package id.go.kpu.eppid.guestbook.domain;

import id.go.kpu.eppid.request.domain.IdDocument;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.PhoneNumber;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One visit in the guest book (buku tamu) kept by the security desk (REQ-3, CON-3, HD-4, HD-16): who came, when,
 * why, whom they visit, which ID they showed and whether the desk holds it, the visitor card given and the guest's
 * signature. The visit is open until the card comes back (or the desk closes it); an ID card held at the desk is
 * returned and recorded separately, so a card returned without the ID shows up as "ID still held".
 */
@Entity
@Table(name = "guest_entry")
public class GuestEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "arrived_at", nullable = false, updatable = false)
    private Instant arrivedAt;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 200)
    private String institution;

    @Column(length = 20)
    private String phone;

    @Column(length = 150)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitPurpose purpose;

    @Column(name = "purpose_note", length = 500)
    private String purposeNote;

    @Column(nullable = false, length = 150)
    private String visiting;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false, length = 16)
    private IdType idType;

    @Column(name = "id_number", nullable = false, length = 32)
    private String idNumber;

    @Column(name = "id_held", nullable = false)
    private boolean idHeld;

    @Column(name = "visitor_card_id")
    private Long visitorCardId;

    @Column(name = "card_number", length = 20)
    private String cardNumber;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png", nullable = false, updatable = false)
    private byte[] signaturePng;

    @Column(name = "registered_by", nullable = false, length = 60, updatable = false)
    private String registeredBy;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "id_returned_at")
    private Instant idReturnedAt;

    @Column(name = "id_returned_by", length = 60)
    private String idReturnedBy;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "search_text", nullable = false, length = 700)
    private String searchText;

    @Version
    private int version;

    protected GuestEntry() {
    }

    /** The guest's particulars as the desk records them. */
    public record Particulars(String name, String institution, PhoneNumber phone, String email, VisitPurpose purpose,
            String purposeNote, String visiting, IdDocument id, boolean idHeld) {
    }

    public GuestEntry(long officeId, Instant arrivedAt, Particulars p, byte[] signaturePng, String registeredBy) {
        this.officeId = officeId;
        this.arrivedAt = arrivedAt;
        this.name = p.name();
        this.institution = p.institution();
        this.phone = p.phone() == null ? null : p.phone().e164();
        this.email = p.email();
        this.purpose = p.purpose();
        this.purposeNote = p.purposeNote();
        this.visiting = p.visiting();
        this.idType = p.id().type();
        this.idNumber = p.id().number();
        this.idHeld = p.idHeld();
        this.signaturePng = signaturePng;
        this.registeredBy = registeredBy;
        this.searchText = searchText(p);
    }

    private static String searchText(Particulars p) {
        String text = String.join(" ", p.name(), nz(p.institution()), p.visiting(), nz(p.purposeNote()))
                .toLowerCase(Locale.ROOT);
        return text.length() > 680 ? text.substring(0, 680) : text;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Gives the visitor card; its number joins the search text. */
    public void handOver(VisitorCard card) {
        this.visitorCardId = card.getId();
        this.cardNumber = card.getCardNumber();
        this.searchText = (searchText + " " + card.getCardNumber().toLowerCase(Locale.ROOT));
    }

    /** Ends the visit (card returned or closed by the desk). */
    public void close(Instant at, String by) {
        if (!isOpen()) {
            throw new IllegalStateException("visit already closed");
        }
        this.leftAt = at;
        this.closedBy = by;
    }

    /** The ID card held at the desk went back to its owner. */
    public void returnIdCard(Instant at, String by) {
        if (!isIdStillHeld()) {
            throw new IllegalStateException("no ID card held");
        }
        this.idReturnedAt = at;
        this.idReturnedBy = by;
    }

    public void linkRequest(long requestId) {
        this.requestId = requestId;
    }

    public boolean isOpen() {
        return leftAt == null;
    }

    public boolean isIdStillHeld() {
        return idHeld && idReturnedAt == null;
    }

    /** Time in the building so far, or of the whole visit once closed. */
    public Duration stay(Instant now) {
        return Duration.between(arrivedAt, leftAt == null ? now : leftAt);
    }

    public IdDocument idDocument() {
        return new IdDocument(idType, idNumber);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public String getName() {
        return name;
    }

    public String getInstitution() {
        return institution;
    }

    /** The stored E.164 number; personal data, for staff pages only. */
    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    public String getVisiting() {
        return visiting;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getIdNumberMasked() {
        return idDocument().masked();
    }

    public boolean isIdHeld() {
        return idHeld;
    }

    public Long getVisitorCardId() {
        return visitorCardId;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public byte[] getSignaturePng() {
        return signaturePng;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getIdReturnedAt() {
        return idReturnedAt;
    }

    public String getIdReturnedBy() {
        return idReturnedBy;
    }

    public Long getRequestId() {
        return requestId;
    }
}
