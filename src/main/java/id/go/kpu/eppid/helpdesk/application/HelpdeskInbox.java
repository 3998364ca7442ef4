package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskMailFolder;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.mail.MailboxReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads the offices' helpdesk mailboxes (HD-3: inbox and spam, hourly by default): each folder from the last UID
 * taken, each mail taken in its own transaction; a folder's position moves on only past mails that were taken, so
 * a failure (the server away, a mail that cannot be stored) is retried at the next round and shown to the team. One
 * reading of a mailbox at a time.
 */
@ApplicationScoped
public class HelpdeskInbox {

    private static final System.Logger LOG = System.getLogger(HelpdeskInbox.class.getName());
    private static final int BATCH = 200;
    private static final java.time.Duration RETRY_AFTER_FAILURE = java.time.Duration.ofMinutes(5);

    /** What a reading did. */
    public record Result(int newConsultations, int followUps, int duplicates, int failedFolders) {
    }

    @Inject
    private HelpdeskMailboxes mailboxes;
    @Inject
    private HelpdeskMailIntake intake;
    @Inject
    private OfficeDirectory offices;

    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** The mailbox's address and the state of its folders. */
    public Optional<String> address(Office office) {
        return mailboxes.of(office.getCode()).map(HelpdeskMailboxes.Mailbox::address);
    }

    public List<HelpdeskMailFolder> folders(Office office) {
        return intake.folders(office.getId());
    }

    /** Reads every mailbox whose last reading is older than the configured interval. */
    public void readDue(Instant now) {
        for (HelpdeskMailboxes.Mailbox mailbox : mailboxes.all()) {
            Optional<Office> office = offices.findByCode(mailbox.officeCode());
            if (office.isEmpty()) {
                continue;
            }
            List<HelpdeskMailFolder> state = intake.folders(office.get().getId());
            // a failed reading is tried again after a few minutes, not only at the next regular round
            boolean due = state.size() < mailbox.folders().size() || state.stream().anyMatch(f ->
                    f.getLastPolledAt() == null || !f.getLastPolledAt().plus(f.getLastError() == null
                            ? mailboxes.pollEvery() : RETRY_AFTER_FAILURE).isAfter(now));
            if (due) {
                read(office.get());
            }
        }
    }

    /** Reads an office's mailbox now. */
    public Result read(Office office) {
        Optional<HelpdeskMailboxes.Mailbox> configured = mailboxes.of(office.getCode());
        if (configured.isEmpty()) {
            return new Result(0, 0, 0, 0);
        }
        HelpdeskMailboxes.Mailbox mailbox = configured.get();
        ReentrantLock lock = locks.computeIfAbsent(office.getCode(), k -> new ReentrantLock());
        lock.lock();
        try {
            return readLocked(office, mailbox);
        } finally {
            lock.unlock();
        }
    }

    private Result readLocked(Office office, HelpdeskMailboxes.Mailbox mailbox) {
        int created = 0;
        int followUps = 0;
        int duplicates = 0;
        int failed = 0;
        long max = mailboxes.maxAttachmentBytes();
        MailboxReader reader = new MailboxReader(mailbox.imap(), max);
        try (MailboxReader.Connection connection = reader.connect()) {
            for (String name : mailbox.folders()) {
                HelpdeskMailFolder state = intake.folder(office.getId(), name);
                long last = state.getLastUid();
                try {
                    MailboxReader.Batch batch;
                    do {
                        batch = connection.fetch(name, state.getUidValidity(), last, BATCH);
                        if (batch.missing()) {
                            intake.folderFailed(office.getId(), name, "folder not found: " + name);
                            failed++;
                            break;
                        }
                        if (!Long.valueOf(batch.uidValidity()).equals(state.getUidValidity())) {
                            last = 0;
                        }
                        for (MailboxReader.Fetched mail : batch.messages()) {
                            switch (intake.take(office, mailbox.address(), mail, max)) {
                                case NEW -> created++;
                                case FOLLOW_UP -> followUps++;
                                case DUPLICATE -> duplicates++;
                            }
                            last = mail.uid();
                            intake.folderRead(office.getId(), name, batch.uidValidity(), last);
                        }
                        intake.folderRead(office.getId(), name, batch.uidValidity(), last);
                        state = intake.folder(office.getId(), name);
                    } while (batch.messages().size() >= BATCH);
                } catch (MessagingException | IOException | RuntimeException e) {
                    failed++;
                    intake.folderFailed(office.getId(), name, e.getClass().getSimpleName() + ": " + e.getMessage());
                    LOG.log(System.Logger.Level.WARNING, "Helpdesk mailbox of office {0}, folder {1}: {2}",
                            office.getCode(), name, e.toString());
                }
            }
        } catch (MessagingException e) {
            for (String name : mailbox.folders()) {
                intake.folderFailed(office.getId(), name, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            LOG.log(System.Logger.Level.WARNING, "Helpdesk mailbox of office {0} not reachable: {1}",
                    office.getCode(), e.toString());
            return new Result(0, 0, 0, mailbox.folders().size());
        }
        LOG.log(System.Logger.Level.INFO, "Helpdesk mailbox of office {0} read: {1} new, {2} follow-ups, {3} known",
                office.getCode(), created, followUps, duplicates);
        return new Result(created, followUps, duplicates, failed);
    }
}
