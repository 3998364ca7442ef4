package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskAttachment;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskMail;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskMailFolder;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailboxReader;
import id.go.kpu.eppid.shared.upload.ContentInspector;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.upload.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes one mail read from an office's helpdesk mailbox (HD-3), in its own transaction: a mail already taken (by its
 * Message-ID) is skipped; a reply in the thread of a consultation (In-Reply-To / References of a mail of the office,
 * or the consultation's number in the subject) joins it and asks for a new answer; any other mail becomes a new
 * e-mail consultation of the office. Attachments are checked by content like every upload (images, PDF, office files,
 * text; at most the configured size): the others are refused and the thread says which and why.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HelpdeskMailIntake {

    /** What became of a mail. */
    public enum Outcome { NEW, FOLLOW_UP, DUPLICATE }

    /** The actor of steps the mailbox reader takes. */
    static final String ACTOR = "email";

    private static final Pattern NUMBER = Pattern.compile("\\[(HD-[A-Z0-9]+-\\d{4}-\\d{6})]");
    private static final ContentInspector INSPECTOR = new ContentInspector();

    @PersistenceContext
    private EntityManager em;
    @Inject
    private HelpdeskDesk desk;
    @Inject
    private PortalFiles files;

    private final Clock clock = Clock.systemUTC();

    /** Where the reading of a folder stands (made on first use). */
    public HelpdeskMailFolder folder(long officeId, String folder) {
        HelpdeskMailFolder f = em.find(HelpdeskMailFolder.class, new HelpdeskMailFolder.Key(officeId, folder));
        if (f == null) {
            f = new HelpdeskMailFolder(officeId, folder);
            em.persist(f);
        }
        return f;
    }

    public void folderRead(long officeId, String folder, long validity, long lastUid) {
        folder(officeId, folder).readUpTo(validity, lastUid, clock.instant());
    }

    public void folderFailed(long officeId, String folder, String error) {
        folder(officeId, folder).failed(error, clock.instant());
    }

    /** The reading state of an office's folders. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskMailFolder> folders(long officeId) {
        return em.createQuery("select f from HelpdeskMailFolder f where f.key.officeId = :o order by f.key.folder",
                HelpdeskMailFolder.class).setParameter("o", officeId).getResultList();
    }

    /** Takes one mail for {@code office}, whose mailbox address is {@code mailboxAddress}. */
    public Outcome take(Office office, String mailboxAddress, MailboxReader.Fetched mail, long maxAttachmentBytes) {
        if (known(office.getId(), List.of(mail.messageId())).isPresent()) {
            return Outcome.DUPLICATE;
        }
        Instant now = clock.instant();
        Messages m = Messages.of(Messages.INDONESIAN);
        String from = mail.fromAddress() == null ? m.get("helpdesk.mail.unknownSender") : mail.fromAddress();
        Optional<HelpdeskConsultation> thread = thread(office, mail);
        HelpdeskConsultation c;
        if (thread.isPresent()) {
            c = em.find(HelpdeskConsultation.class, thread.get().getId(), jakarta.persistence.LockModeType
                    .PESSIMISTIC_WRITE);
            c.followUp();
        } else {
            String name = mail.fromName() != null && !mail.fromName().isBlank() ? mail.fromName().strip() : from;
            String problem = (mail.subject().isBlank() ? "" : mail.subject().strip() + "\n\n") + mail.text();
            c = new HelpdeskConsultation(office.getId(), desk.nextNumber(office, now), HelpdeskChannel.EMAIL,
                    new HelpdeskConsultation.Party(null, m.get("helpdesk.mail.partyUnknown"),
                            cut(name, HelpdeskConsultation.NAME_LENGTH), null,
                            mail.fromAddress() == null ? null : cut(mail.fromAddress(),
                                    HelpdeskConsultation.EMAIL_LENGTH)),
                    ConsultationTopic.OTHER, cut(problem.isBlank() ? "—" : problem, HelpdeskDesk.MAX_TEXT), now,
                    ACTOR, HelpdeskConsultation.Origin.NONE);
            em.persist(c);
            em.flush();
            em.persist(new HelpdeskEntry(c, office.getId(), ACTOR, now, HelpdeskEntryKind.RECEIVED,
                    m.get("helpdesk.mail.receivedFrom", from, mail.folder())));
        }
        HelpdeskMail stored = new HelpdeskMail(office.getId(), c.getId(), HelpdeskMail.Direction.IN,
                new HelpdeskMail.Envelope(mail.messageId(), mail.inReplyTo(), mail.references(), from,
                        mailboxAddress == null ? "" : mailboxAddress, mail.subject()),
                mail.text(), mail.folder(), mail.sentAt() == null ? now : mail.sentAt(), null);
        em.persist(stored);
        em.flush();
        List<String> notes = new ArrayList<>();
        for (MailboxReader.Attachment a : mail.attachments()) {
            notes.add(attach(c, stored, a, maxAttachmentBytes, now, m));
        }
        StringBuilder body = new StringBuilder();
        body.append(mail.subject()).append("\n\n").append(mail.text());
        if (!notes.isEmpty()) {
            body.append("\n\n").append(String.join("\n", notes));
        }
        em.persist(new HelpdeskEntry(c, office.getId(), ACTOR, now, HelpdeskEntryKind.MAIL_RECEIVED,
                cut(body.toString(), 60_000)));
        return thread.isPresent() ? Outcome.FOLLOW_UP : Outcome.NEW;
    }

    private String attach(HelpdeskConsultation c, HelpdeskMail mail, MailboxReader.Attachment a, long max,
            Instant now, Messages m) {
        String name = UploadedFile.sanitizeFileName(a.fileName());
        if (a.tooLarge() || a.size() > max) {
            return m.get("helpdesk.mail.attachment.tooLarge", name, max / (1024 * 1024));
        }
        if (a.size() == 0) {
            return m.get("helpdesk.mail.attachment.empty", name);
        }
        try {
            ContentInspector.Inspection inspection = INSPECTOR.inspect(new ByteArrayInputStream(a.content()));
            if (!inspection.isAllowed(ContentInspector.DATA_FILE)) {
                return m.get("helpdesk.mail.attachment.refused", name, inspection.mediaType());
            }
            FileDetails kept = files.keep(a.content(), name, inspection.mediaType());
            em.persist(new HelpdeskAttachment(c.getId(), mail.getId(), kept, now, ACTOR));
            return m.get("helpdesk.mail.attachment.kept", name);
        } catch (IOException e) {
            return m.get("helpdesk.mail.attachment.refused", name, "?");
        }
    }

    /** The consultation a mail answers: by its thread headers, else by a number of this office in its subject. */
    private Optional<HelpdeskConsultation> thread(Office office, MailboxReader.Fetched mail) {
        List<String> ids = new ArrayList<>();
        for (String header : new String[] {mail.inReplyTo(), mail.references()}) {
            if (header != null) {
                ids.addAll(Arrays.stream(header.split("\\s+")).filter(s -> s.startsWith("<")).toList());
            }
        }
        Optional<HelpdeskMail> known = known(office.getId(), ids);
        if (known.isPresent()) {
            return Optional.ofNullable(em.find(HelpdeskConsultation.class, known.get().getConsultationId()));
        }
        Matcher number = NUMBER.matcher(mail.subject());
        while (number.find()) {
            Optional<HelpdeskConsultation> c = em.createQuery("select c from HelpdeskConsultation c where "
                    + "c.number = :n and c.officeId = :o", HelpdeskConsultation.class)
                    .setParameter("n", number.group(1)).setParameter("o", office.getId())
                    .getResultStream().findFirst();
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<HelpdeskMail> known(long officeId, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select m from HelpdeskMail m where m.officeId = :o and m.messageId in :ids "
                + "order by m.id desc", HelpdeskMail.class).setParameter("o", officeId)
                .setParameter("ids", messageIds).setMaxResults(1).getResultStream().findFirst();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
