package id.go.kpu.eppid.guestbook.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.email;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.guestbook.domain.VisitorCard;
import id.go.kpu.eppid.request.application.IntakeOrigin;
import id.go.kpu.eppid.request.application.RequestRegistered;
import id.go.kpu.eppid.request.domain.IdDocument;
import id.go.kpu.eppid.request.domain.PhoneNumber;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.upload.SignatureImages;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The security desk's guest book (REQ-3, CON-3, CON-5, HD-4, HD-16): registers a guest with their signature and a
 * visitor card from the office's pool, takes the card back (closing the visit) and the ID card held at the desk back
 * to its owner, and links the visit to the request it produced. Every action is in the office's audit trail.
 * All methods are scoped to the caller's office: another office's entry is "not found".
 */
@ApplicationScoped
public class GuestBook {

    public static final String SUBJECT = "GUEST";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private VisitorCards cards;

    private final Clock clock = Clock.systemUTC();

    /** Registers the guest and hands over the chosen card; throws {@link InvalidInputException} listing problems. */
    @Transactional
    public GuestEntry register(long officeId, GuestRegistration r, String actor) {
        List<Problem> problems = new ArrayList<>();
        String name = text(problems, "name", r.name(), 150, true);
        String institution = text(problems, "institution", r.institution(), 200, false);
        PhoneNumber phone = null;
        if (r.phone() != null && !r.phone().isBlank()) {
            phone = PhoneNumber.parse(r.phone()).orElse(null);
            if (phone == null) {
                problems.add(new Problem("phone", "intake.phone.invalid"));
            }
        }
        String email = email(problems, "email", r.email(), 150, false);
        required(problems, "purpose", r.purpose());
        String note = text(problems, "purposeNote", r.purposeNote(), 500, false);
        String visiting = text(problems, "visiting", r.visiting(), 150, true);
        IdDocument id = null;
        if (r.idType() == null) {
            problems.add(new Problem("idType", "validation.required"));
        } else {
            id = IdDocument.parse(r.idType(), r.idNumber()).orElse(null);
            if (id == null) {
                problems.add(new Problem("idNumber", IdDocument.invalidKey(r.idType())));
            }
        }
        VisitorCard card = null;
        if (r.cardId() == null) {
            problems.add(new Problem("card", "guest.card.required"));
        } else {
            card = em.find(VisitorCard.class, r.cardId());
            if (card == null || card.getOfficeId() != officeId || !card.isActive()) {
                problems.add(new Problem("card", "guest.card.unknown"));
            }
        }
        byte[] signature = SignatureImages.decode(problems, "signature", r.signatureDataUrl(),
                "guest.signature.required", "guest.signature.invalid");
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        GuestEntry entry = new GuestEntry(officeId, now, new GuestEntry.Particulars(name, institution, phone, email,
                r.purpose(), note, visiting, id, r.idHeld()), signature, actor);
        entry.handOver(card);
        em.persist(entry);
        em.flush();
        // The card goes only to a visit while it is with nobody else: two desks choosing the same card get one each
        // time; the loser is told and keeps everything typed.
        if (!cards.issue(officeId, card.getId(), entry.getId())) {
            throw new InvalidInputException("card", "guest.card.taken", card.getCardNumber());
        }
        audit.record(officeId, now, actor, SUBJECT, entry.getId(), "REGISTERED",
                "purpose=" + r.purpose() + " card=" + card.getCardNumber() + (r.idHeld() ? " idHeld" : ""));
        audit.record(officeId, now, actor, VisitorCards.SUBJECT, card.getId(), "CARD_ISSUED",
                "card=" + card.getCardNumber() + " guest=" + entry.getId());
        return entry;
    }

    /**
     * The guest gives the visitor card back: the visit ends. With {@code idReturned}, the ID card held at the desk
     * goes back too and that is recorded, by whom.
     */
    @Transactional
    public GuestEntry returnCard(long officeId, long entryId, boolean idReturned, String actor) {
        return endVisit(officeId, entryId, false, idReturned, actor);
    }

    /**
     * The guest leaves without the card (lost): the visit ends and the card is taken out of the pool; with
     * {@code idReturned} the ID card held goes back too.
     */
    @Transactional
    public GuestEntry closeCardLost(long officeId, long entryId, boolean idReturned, String actor) {
        return endVisit(officeId, entryId, true, idReturned, actor);
    }

    /** The ID card held at the desk goes back to its owner (also after the visit was closed). */
    @Transactional
    public GuestEntry returnIdCard(long officeId, long entryId, String actor) {
        GuestEntry entry = get(officeId, entryId);
        if (!entry.isIdStillHeld()) {
            throw new InvalidInputException(null, "guest.noIdHeld");
        }
        returnId(entry, clock.instant(), actor);
        return entry;
    }

    private GuestEntry endVisit(long officeId, long entryId, boolean cardLost, boolean idReturned, String actor) {
        GuestEntry entry = get(officeId, entryId);
        if (!entry.isOpen()) {
            throw new InvalidInputException(null, "guest.alreadyClosed");
        }
        Instant now = clock.instant();
        Long cardId = entry.getVisitorCardId();
        if (cardId != null) {
            cards.release(cardId, entryId);
            if (cardLost) {
                cards.deactivate(officeId, cardId, actor, "CARD_LOST");
            } else {
                audit.record(officeId, now, actor, VisitorCards.SUBJECT, cardId, "CARD_RETURNED",
                        "card=" + entry.getCardNumber() + " guest=" + entryId);
            }
        }
        entry.close(now, actor);
        audit.record(officeId, now, actor, SUBJECT, entryId, cardLost ? "VISIT_CLOSED_CARD_LOST" : "VISIT_CLOSED",
                "card=" + entry.getCardNumber());
        if (idReturned && entry.isIdStillHeld()) {
            returnId(entry, now, actor);
        }
        return entry;
    }

    private void returnId(GuestEntry entry, Instant now, String actor) {
        entry.returnIdCard(now, actor);
        audit.record(entry.getOfficeId(), now, actor, SUBJECT, entry.getId(), "ID_RETURNED", null);
    }

    /** Links a walk-in request to the visit it came from, in the registering transaction. */
    void onRequestRegistered(@Observes RequestRegistered registered) {
        IntakeOrigin origin = registered.origin();
        if (origin == null || origin.type() != IntakeOrigin.Type.GUEST_ENTRY) {
            return;
        }
        GuestEntry entry = find(registered.officeId(), origin.id())
                .orElseThrow(() -> new InvalidInputException(null, "guest.notFound"));
        if (entry.getRequestId() != null) {
            throw new InvalidInputException(null, "guest.alreadyLinked");
        }
        entry.linkRequest(registered.requestId());
        audit.record(registered.officeId(), clock.instant(), registered.actor(), SUBJECT, entry.getId(),
                "REQUEST_LINKED", registered.registrationNumber());
    }

    public Optional<GuestEntry> find(long officeId, long entryId) {
        GuestEntry entry = em.find(GuestEntry.class, entryId);
        return entry == null || entry.getOfficeId() != officeId ? Optional.empty() : Optional.of(entry);
    }

    public GuestEntry get(long officeId, long entryId) {
        return find(officeId, entryId).orElseThrow(() -> new InvalidInputException(null, "guest.notFound"));
    }

    /** CON-5: who is in the building now, longest there first. */
    public List<GuestEntry> inBuilding(long officeId) {
        return em.createQuery("select g from GuestEntry g where g.officeId = :o and g.leftAt is null "
                + "order by g.arrivedAt, g.id", GuestEntry.class).setParameter("o", officeId).getResultList();
    }

    /** Visits already closed whose ID card is still at the desk. */
    public List<GuestEntry> idCardsStillHeld(long officeId) {
        return em.createQuery("select g from GuestEntry g where g.officeId = :o and g.leftAt is not null "
                        + "and g.idHeld = true and g.idReturnedAt is null order by g.arrivedAt", GuestEntry.class)
                .setParameter("o", officeId).getResultList();
    }

    /** The signature PNG of an entry of this office. */
    public Optional<byte[]> signature(long officeId, long entryId) {
        return find(officeId, entryId).map(GuestEntry::getSignaturePng);
    }
}
