package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskMail;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.mail.MailThread;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HD-3: the answer to an e-mail consultation, mailed to the party from the office's helpdesk mailbox as a reply in
 * the thread (In-Reply-To the party's last mail, References the chain, the consultation's number in the subject), so
 * the party's mail program keeps it with the question and the party's next reply joins the same consultation. The mail
 * goes through the outbox (sent after commit, retried) and is kept in the thread.
 */
@ApplicationScoped
public class HelpdeskMailReplies {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private MailQueue queue;
    @Inject
    private HelpdeskMailboxes mailboxes;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "ppid@localhost")
    private String portalFrom;

    /** The party's last mail of a consultation, if any. */
    public Optional<HelpdeskMail> lastReceived(long consultationId) {
        return em.createQuery("select m from HelpdeskMail m where m.consultationId = :c and m.direction = :d "
                + "order by m.id desc", HelpdeskMail.class).setParameter("c", consultationId)
                .setParameter("d", HelpdeskMail.Direction.IN).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reply(StaffAccount actor, HelpdeskConsultation c, String answer, String references, Instant now) {
        if (c.getEmail() == null) {
            return;
        }
        Optional<HelpdeskMail> last = lastReceived(c.getId());
        String from = mailboxes.of(actor.getOffice().getCode()).map(HelpdeskMailboxes.Mailbox::address)
                .filter(a -> !a.isBlank()).orElse(portalFrom);
        Messages m = Messages.of(Messages.INDONESIAN);
        String subject = subject(last.map(HelpdeskMail::getSubject).orElse(c.getNumber()), c.getNumber());
        String body = m.get("helpdesk.mail.reply.body", c.getRepresentative(), answer,
                references == null ? "—" : references, actor.getOffice().getName(), c.getNumber());
        MailThread thread = new MailThread(from, MailThread.newMessageId(from),
                last.map(HelpdeskMail::getMessageId).orElse(null),
                last.map(l -> MailThread.referencesOfReply(l.getReferencesHeader(), l.getMessageId())).orElse(null));
        OutgoingMail mail = queue.enqueue(c.getOfficeId(), null, c.getEmail(), subject, body);
        mail.thread(thread);
        em.flush();
        em.persist(new HelpdeskMail(c.getOfficeId(), c.getId(), HelpdeskMail.Direction.OUT,
                new HelpdeskMail.Envelope(thread.messageId(), thread.inReplyTo(), thread.references(), from,
                        c.getEmail(), subject), body, null, now, mail.getId()));
        em.persist(new HelpdeskEntry(c, actor, now, HelpdeskEntryKind.MAIL_SENT, subject));
    }

    /** "Re: " once, and the consultation's number in brackets so a reply without headers still finds it. */
    static String subject(String original, String number) {
        String s = original == null || original.isBlank() ? number : original.strip();
        if (!s.toLowerCase(Locale.ROOT).startsWith("re:")) {
            s = "Re: " + s;
        }
        if (!s.contains("[" + number + "]")) {
            s = s + " [" + number + "]";
        }
        return s.length() > HelpdeskMail.SUBJECT_LENGTH ? s.substring(0, HelpdeskMail.SUBJECT_LENGTH) : s;
    }
}
