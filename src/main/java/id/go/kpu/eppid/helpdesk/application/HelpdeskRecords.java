package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskAttachment;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskStatus;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Reading consultations with the visibility rule of HD-8: the office that received one sees it (its helpdesk team and
 * Commissioner); an office above sees it only once it was escalated to that office, and then with its whole thread.
 * Contact details stay with the office that received it.
 */
@ApplicationScoped
public class HelpdeskRecords {

    private static final String VISIBLE = "(c.officeId = :o or exists (select e from HelpdeskEscalation e "
            + "where e.consultationId = c.id and e.officeId = :o))";

    @PersistenceContext
    private EntityManager em;

    /** Who may open the helpdesk pages: the team, and the Commissioners who answer the first escalation level. */
    public static boolean mayUse(StaffAccount actor) {
        return actor.hasAnyRole(Role.HELPDESK_TEAM) || actor.hasAnyRole(Role.HELPDESK_COMMISSIONERS);
    }

    /** The consultation when the actor may see it. */
    public Optional<HelpdeskConsultation> find(StaffAccount actor, long id) {
        if (!mayUse(actor)) {
            return Optional.empty();
        }
        return em.createQuery("select c from HelpdeskConsultation c where c.id = :id and " + VISIBLE,
                HelpdeskConsultation.class).setParameter("id", id).setParameter("o", actor.getOffice().getId())
                .getResultStream().findFirst();
    }

    /** Whether the actor's office received it (and so sees the party's contact details). */
    public static boolean isOrigin(StaffAccount actor, HelpdeskConsultation c) {
        return c.getOfficeId() == actor.getOffice().getId();
    }

    /** The files of a consultation (mail attachments), oldest first. */
    public List<HelpdeskAttachment> attachments(HelpdeskConsultation c) {
        return em.createQuery("select a from HelpdeskAttachment a where a.consultationId = :c order by a.id",
                HelpdeskAttachment.class).setParameter("c", c.getId()).getResultList();
    }

    /** A file, when the actor may see its consultation. */
    public Optional<HelpdeskAttachment> attachment(StaffAccount actor, long attachmentId) {
        HelpdeskAttachment a = em.find(HelpdeskAttachment.class, attachmentId);
        return a == null || find(actor, a.getConsultationId()).isEmpty() ? Optional.empty() : Optional.of(a);
    }

    /** The thread, oldest first. */
    public List<HelpdeskEntry> thread(HelpdeskConsultation c) {
        return em.createQuery("select e from HelpdeskEntry e where e.consultationId = :c order by e.id",
                HelpdeskEntry.class).setParameter("c", c.getId()).getResultList();
    }

    /**
     * A page of the consultations the actor's office sees, newest first: {@code holding} narrows them to the ones the
     * office must act on now (its own at its desk, and the escalations it holds).
     */
    public List<HelpdeskConsultation> list(StaffAccount actor, boolean holding, int first, int max) {
        return query(actor, holding, "select c", HelpdeskConsultation.class, " order by c.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(StaffAccount actor, boolean holding) {
        return query(actor, holding, "select count(c)", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(StaffAccount actor, boolean holding, String select, Class<T> type, String order) {
        String where = holding ? "c.holderOfficeId = :o and c.status <> :closed" : VISIBLE;
        TypedQuery<T> q = em.createQuery(select + " from HelpdeskConsultation c where " + where + order, type)
                .setParameter("o", actor.getOffice().getId());
        if (holding) {
            q.setParameter("closed", HelpdeskStatus.CLOSED);
        }
        return q;
    }
}
