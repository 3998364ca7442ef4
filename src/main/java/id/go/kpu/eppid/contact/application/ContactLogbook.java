package id.go.kpu.eppid.contact.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.contact.domain.ContactChannel;
import id.go.kpu.eppid.contact.domain.ContactEntry;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The log of telephone and social-media questions (REQ-1 e, seed 003 KEDUA.2): logged with channel, contact and
 * question; answered in the log; listed newest first. Scoped to the caller's office; audited.
 */
@ApplicationScoped
public class ContactLogbook {

    public static final String SUBJECT = "CONTACT";
    static final int MAX_TEXT = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public ContactEntry log(long officeId, ContactChannel channel, String contact, String name, String question,
            String answer, String actor) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "channel", channel);
        String c = text(problems, "contact", contact, 150, true);
        String n = text(problems, "name", name, 150, true);
        String q = text(problems, "question", question, MAX_TEXT, true);
        String a = text(problems, "answer", answer, MAX_TEXT, false);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        ContactEntry entry = new ContactEntry(officeId, now, channel, c, n, q, a, actor);
        em.persist(entry);
        em.flush();
        audit.record(officeId, now, actor, SUBJECT, entry.getId(), "CONTACT_LOGGED", "channel=" + channel
                + (a == null ? "" : " answered"));
        return entry;
    }

    @Transactional
    public ContactEntry answer(long officeId, long entryId, String answer, String actor) {
        ContactEntry entry = em.find(ContactEntry.class, entryId);
        if (entry == null || entry.getOfficeId() != officeId) {
            throw new InvalidInputException(null, "contact.notFound");
        }
        List<Problem> problems = new ArrayList<>();
        String a = text(problems, "answer", answer, MAX_TEXT, true);
        InvalidInputException.throwIfAny(problems);
        entry.answer(a);
        audit.record(officeId, clock.instant(), actor, SUBJECT, entryId, "CONTACT_ANSWERED", null);
        return entry;
    }

    public List<ContactEntry> latest(long officeId, int first, int max) {
        return em.createQuery("select c from ContactEntry c where c.officeId = :o order by c.occurredAt desc, c.id desc",
                ContactEntry.class).setParameter("o", officeId).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(long officeId) {
        return em.createQuery("select count(c) from ContactEntry c where c.officeId = :o", Long.class)
                .setParameter("o", officeId).getSingleResult();
    }
}
