package id.go.kpu.eppid.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes and reads an office's audit trail. Written in the caller's transaction, so an action and its audit line
 * commit or roll back together. Details must carry no personal data (NIK, phone, ID number): name the record, not
 * the person. Subject types are short upper-case words (GUEST, VISITOR_CARD, LETTER, QUEUE_TICKET, CONTACT);
 * actions are upper-case verbs (REGISTERED, CARD_RETURNED …) that pages show through the bundle key
 * {@code audit.action.<ACTION>}.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long officeId, Instant at, String actor, String subjectType, long subjectId, String action,
            String detail) {
        em.persist(new AuditEvent(officeId, at, actor, subjectType, subjectId, action,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail));
        // written now, so the trail's ids follow the order of the actions (new objects are otherwise inserted at
        // commit in no particular order)
        em.flush();
    }

    /** The trail of one record, oldest first; empty when it belongs to another office. */
    public List<AuditEvent> of(long officeId, String subjectType, long subjectId) {
        return em.createQuery("select e from AuditEvent e where e.officeId = :o and e.subjectType = :t "
                        + "and e.subjectId = :s order by e.id", AuditEvent.class)
                .setParameter("o", officeId).setParameter("t", subjectType).setParameter("s", subjectId)
                .getResultList();
    }

    /** The office's latest lines, newest first, a page at a time. */
    public List<AuditEvent> latest(long officeId, int first, int max) {
        return em.createQuery("select e from AuditEvent e where e.officeId = :o order by e.id desc", AuditEvent.class)
                .setParameter("o", officeId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long officeId) {
        return em.createQuery("select count(e) from AuditEvent e where e.officeId = :o", Long.class)
                .setParameter("o", officeId).getSingleResult();
    }
}
