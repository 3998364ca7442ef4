package id.go.kpu.eppid.shared.mail;

import id.go.kpu.eppid.shared.upload.PortalFiles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mail every 20 seconds. Each mail is sent in its own transaction; a failure is recorded on the mail
 * and retried later, so the request it belongs to is never affected. A tick sends batch after batch, oldest first,
 * for up to {@link #TICK_BUDGET} (a backlog after an SMTP outage drains in minutes, not at 50 mails a tick), and
 * stops early after {@value #FAILURES_TO_PAUSE} failures in a row (a mail server that is down is not hammered).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

    private static final System.Logger LOG = System.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;
    private static final Duration TICK_BUDGET = Duration.ofSeconds(15);
    private static final int FAILURES_TO_PAUSE = 3;
    /** How long a shutdown waits for the mail being sent (an SMTP conversation has its own timeouts). */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "ppid@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    private boolean startTls;

    @Resource
    private SessionContext context;

    @Inject
    private PortalFiles files;

    @Inject
    private MailQueue queue;

    private MailTransport transport;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    @PostConstruct
    void init() {
        transport = new MailTransport(new MailTransport.Settings(host.orElse(""), port, from, user.orElse(""),
                password.orElse(""), startTls));
        if (!transport.isConfigured()) {
            LOG.log(System.Logger.Level.WARNING, "No SMTP host (PORTAL_MAIL_HOST): mail stays queued, visible to "
                    + "staff, and is sent once a host is configured");
        }
    }

    /**
     * The server is shutting down (a restart): no mail is started any more, and the one being sent is finished and
     * recorded as sent before the application goes — else it would be sent again after the restart (issue 8).
     */
    @PreDestroy
    void stop() {
        stopping = true;
        long until = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (running.get() && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch() {
        if (!transport.isConfigured() || stopping || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
            long until = System.nanoTime() + TICK_BUDGET.toNanos();
            int failuresInARow = 0;
            List<Long> due = self.dueIds();
            while (!due.isEmpty()) {
                for (Long id : due) {
                    if (stopping) {
                        return;
                    }
                    failuresInARow = self.sendOne(id) ? 0 : failuresInARow + 1;
                    if (failuresInARow >= FAILURES_TO_PAUSE || System.nanoTime() > until) {
                        return;
                    }
                }
                due = self.dueIds();
            }
        } finally {
            running.set(false);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> dueIds() {
        return em.createQuery("select m.id from OutgoingMail m where m.status = :s and m.nextAttemptAt <= :now "
                        + "order by m.id", Long.class)
                .setParameter("s", OutgoingMail.Status.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Sends one mail; false when the attempt failed (recorded on the mail for a later retry). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOne(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != OutgoingMail.Status.PENDING) {
            return true;
        }
        try {
            List<MailTransport.Attached> attached = queue.attachments(id).stream()
                    .map(a -> new MailTransport.Attached(a.getFileName(), a.getMediaType(),
                            () -> files.open(a.getStoredName()))).toList();
            transport.send(mail.getRecipient(), mail.getSubject(), mail.getBody(), attached, mail.getThread());
            mail.markSent(Instant.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.markFailedAttempt(Instant.now(), e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "Mail {0} not sent (attempt {1}): {2}", id, mail.getAttempts(),
                    e.getMessage());
            return false;
        }
    }
}
