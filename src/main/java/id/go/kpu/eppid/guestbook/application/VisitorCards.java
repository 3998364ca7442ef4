package id.go.kpu.eppid.guestbook.application;

import id.go.kpu.eppid.guestbook.domain.VisitorCard;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An office's pool of visitor cards (HD-16, CON-5): which are free, which are with a guest, adding cards and taking
 * a lost one out. A card is issued with a conditional update, so it can never be with two visits at once.
 */
@ApplicationScoped
public class VisitorCards {

    public static final String SUBJECT = "VISITOR_CARD";
    static final int MAX_BATCH = 200;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-]{0,8}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Every card of the office, by number. */
    public List<VisitorCard> all(long officeId) {
        return em.createQuery("select c from VisitorCard c where c.officeId = :o order by c.cardNumber",
                VisitorCard.class).setParameter("o", officeId).getResultList();
    }

    /** The cards the desk can hand out now, by number. */
    public List<VisitorCard> free(long officeId) {
        return em.createQuery("select c from VisitorCard c where c.officeId = :o and c.active = true "
                + "and c.currentEntryId is null order by c.cardNumber", VisitorCard.class)
                .setParameter("o", officeId).getResultList();
    }

    /** Gives the card to the visit unless it is already with someone; true when it was given. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean issue(long officeId, long cardId, long entryId) {
        return em.createQuery("update VisitorCard c set c.currentEntryId = :e where c.id = :c and c.officeId = :o "
                        + "and c.active = true and c.currentEntryId is null")
                .setParameter("e", entryId).setParameter("c", cardId).setParameter("o", officeId)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void release(long cardId, long entryId) {
        em.createQuery("update VisitorCard c set c.currentEntryId = null where c.id = :c and c.currentEntryId = :e")
                .setParameter("c", cardId).setParameter("e", entryId).executeUpdate();
    }

    /**
     * Adds cards {@code prefix}{@code from}…{@code prefix}{@code to} (numbers zero-padded to the width of {@code to},
     * e.g. T-01 … T-20); numbers that exist already are left as they are. Returns how many were added.
     */
    @Transactional
    public int add(long officeId, String prefix, int from, int to, String actor) {
        String p = prefix == null ? "" : prefix.strip();
        if (!PREFIX.matcher(p).matches()) {
            throw new InvalidInputException("prefix", "cards.prefix.invalid");
        }
        if (from < 1 || to < from || to - from + 1 > MAX_BATCH) {
            throw new InvalidInputException("to", "cards.range.invalid", MAX_BATCH);
        }
        int width = Integer.toString(to).length();
        Instant now = clock.instant();
        int added = 0;
        for (int n = from; n <= to; n++) {
            String number = p + String.format("%0" + width + "d", n);
            boolean exists = em.createQuery("select count(c) from VisitorCard c where c.officeId = :o "
                    + "and c.cardNumber = :n", Long.class).setParameter("o", officeId).setParameter("n", number)
                    .getSingleResult() > 0;
            if (!exists) {
                VisitorCard card = new VisitorCard(officeId, number, now);
                em.persist(card);
                em.flush();
                audit.record(officeId, now, actor, SUBJECT, card.getId(), "CARD_ADDED", "card=" + number);
                added++;
            }
        }
        return added;
    }

    /** Takes a card out of the pool (lost, damaged) or puts it back; a card with a guest cannot be taken out. */
    @Transactional
    public void setActive(long officeId, long cardId, boolean active, String actor) {
        VisitorCard card = em.find(VisitorCard.class, cardId);
        if (card == null || card.getOfficeId() != officeId) {
            throw new InvalidInputException(null, "cards.notFound");
        }
        if (!active && card.getCurrentEntryId() != null) {
            throw new InvalidInputException(null, "cards.inUse", card.getCardNumber());
        }
        if (card.isActive() != active) {
            card.setActive(active);
            audit.record(officeId, clock.instant(), actor, SUBJECT, cardId, active ? "CARD_ACTIVATED" : "CARD_DEACTIVATED",
                    "card=" + card.getCardNumber());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void deactivate(long officeId, long cardId, String actor, String action) {
        VisitorCard card = em.find(VisitorCard.class, cardId);
        card.setActive(false);
        audit.record(officeId, clock.instant(), actor, SUBJECT, cardId, action, "card=" + card.getCardNumber());
    }
}
