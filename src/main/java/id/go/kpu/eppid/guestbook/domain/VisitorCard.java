package id.go.kpu.eppid.guestbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A visitor card (kartu tamu) of an office's pool (HD-16, CON-5). While a guest holds it, it points at their visit;
 * the database lets a card be with only one visit at a time. A lost card is deactivated, never deleted.
 */
@Entity
@Table(name = "visitor_card")
public class VisitorCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "card_number", nullable = false, length = 20, updatable = false)
    private String cardNumber;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "current_entry_id")
    private Long currentEntryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VisitorCard() {
    }

    public VisitorCard(long officeId, String cardNumber, Instant createdAt) {
        this.officeId = officeId;
        this.cardNumber = cardNumber;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getCurrentEntryId() {
        return currentEntryId;
    }

    public boolean isFree() {
        return active && currentEntryId == null;
    }
}
