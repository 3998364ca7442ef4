package id.go.kpu.eppid.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Queues mail in the caller's transaction and lists what was queued for a request. */
@ApplicationScoped
public class MailQueue {

    @PersistenceContext
    private EntityManager em;

    /** Queues a mail; it is sent after the surrounding transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingMail enqueue(Long officeId, Long requestId, String recipient, String subject, String body) {
        OutgoingMail mail = new OutgoingMail(officeId, requestId, recipient, subject, body, Instant.now());
        em.persist(mail);
        return mail;
    }

    /** Queues a mail with files of the portal attached (e.g. a reply letter and the data, REQ-4). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingMail enqueue(Long officeId, Long requestId, String recipient, String subject, String body,
            List<MailAttachment.Attachment> attachments) {
        OutgoingMail mail = enqueue(officeId, requestId, recipient, subject, body);
        em.flush();
        int position = 0;
        for (MailAttachment.Attachment a : attachments) {
            em.persist(new MailAttachment(mail.getId(), position++, a));
        }
        return mail;
    }

    /** The files attached to a mail, in order. */
    public List<MailAttachment> attachments(long mailId) {
        return em.createQuery("select a from MailAttachment a where a.mailId = :m order by a.position",
                MailAttachment.class).setParameter("m", mailId).getResultList();
    }

    /** The mails of a request, newest first (for the staff detail page). */
    public List<OutgoingMail> forRequest(long requestId) {
        return em.createQuery("select m from OutgoingMail m where m.requestId = :r order by m.id desc",
                        OutgoingMail.class)
                .setParameter("r", requestId)
                .getResultList();
    }
}
