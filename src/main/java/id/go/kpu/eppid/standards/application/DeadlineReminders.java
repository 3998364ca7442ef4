package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.processing.domain.Disposition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.standards.domain.DeadlineRules;
import id.go.kpu.eppid.standards.domain.ReminderKind;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Deadline reminders (issue 5): every 15 minutes, the assigned official of each open request and their superior (the
 * official who gave the latest disposition; the office's Chair when there is none) get an email 2 and 1 working days
 * before the due date and once it has passed. Each kind goes out once per request: the {@code deadline_reminder} row
 * is written with {@code INSERT IGNORE} against its unique key in the same transaction as the mails, so a second run,
 * a concurrent one or a restart sends nothing twice. Staff without an email address are skipped and counted.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineReminders {

    private static final System.Logger LOG = System.getLogger(DeadlineReminders.class.getName());
    /** Open requests due within this many days are looked at (more than 2 working days around any holiday run). */
    private static final Duration HORIZON = Duration.ofDays(31);

    /** What one run did. */
    public record RunSummary(int looked, int reminders, int mails, int withoutEmail) {
    }

    /** What one request's reminder did: whether it was new, and how many mails went out or had no address. */
    public record Outcome(boolean sent, int mails, int withoutEmail) {
        static final Outcome NONE = new Outcome(false, 0, 0);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Calendars calendars;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private StaffDirectory staffDirectory;

    @Resource
    private SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        run(Instant.now());
    }

    /** Sends the reminders due at {@code now}; returns at once when a run is already under way. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary run(Instant now) {
        if (!running.compareAndSet(false, true)) {
            return new RunSummary(0, 0, 0, 0);
        }
        try {
            DeadlineReminders self = context.getBusinessObject(DeadlineReminders.class);
            Map<Long, OfficeCalendar> calendarByOffice = new HashMap<>();
            int looked = 0;
            int reminders = 0;
            int mails = 0;
            int withoutEmail = 0;
            List<Object[]> candidates = self.candidates(now);
            Set<String> sent = self.sent(candidates.stream().map(c -> (Long) c[0]).toList());
            for (Object[] c : candidates) {
                looked++;
                long id = (Long) c[0];
                OfficeCalendar calendar = calendarByOffice.computeIfAbsent((Long) c[1],
                        o -> calendars.of(em.find(Office.class, o), ServiceKind.INFORMATION));
                Optional<ReminderKind> kind = DeadlineRules.reminderDue(now, (Instant) c[2], calendar);
                if (kind.isEmpty() || sent.contains(id + ":" + kind.get().name())) {
                    continue; // nothing due, or sent on an earlier run: no transaction for it
                }
                try {
                    Outcome o = self.remind(id, kind.get(), now);
                    if (o.sent()) {
                        reminders++;
                        mails += o.mails();
                        withoutEmail += o.withoutEmail();
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Deadline reminder {0} for request {1} failed: {2}",
                            kind.get(), id, e.getMessage());
                }
            }
            if (reminders > 0 || withoutEmail > 0) {
                LOG.log(System.Logger.Level.INFO, "Deadline reminders: {0} sent with {1} mails; {2} recipients "
                        + "skipped without an email address", reminders, mails, withoutEmail);
            }
            return new RunSummary(looked, reminders, mails, withoutEmail);
        } finally {
            running.set(false);
        }
    }

    /**
     * Open requests whose clock runs and that fall due within the horizon or have passed it: id, office id, due. Plain
     * columns: the driver holds the whole result in memory, and there may be a hundred thousand rows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Object[]> candidates(Instant now) {
        return em.createQuery("select r.id, r.office.id, r.dueAt from ServiceRequest r where r.status in :open "
                + "and r.dueAt < :horizon order by r.id", Object[].class)
                .setParameter("open", DeadlineDashboard.RUNNING)
                .setParameter("horizon", now.plus(HORIZON))
                .getResultList();
    }

    /** The reminders already sent to these requests, as {@code "<id>:<kind>"} (one query per run). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Set<String> sent(List<Long> requestIds) {
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < requestIds.size(); i += 1000) {
            List<Long> chunk = requestIds.subList(i, Math.min(requestIds.size(), i + 1000));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT request_id, kind FROM deadline_reminder "
                    + "WHERE request_id IN (" + chunk.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")").getResultList();
            rows.forEach(r -> sent.add(((Number) r[0]).longValue() + ":" + r[1]));
        }
        return sent;
    }

    /**
     * Sends one request's reminder of {@code kind} unless it went out already: records it and queues the mails in
     * this one transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome remind(long requestId, ReminderKind kind, Instant now) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        if (request == null || !DeadlineDashboard.RUNNING.contains(request.getStatus())) {
            return Outcome.NONE;
        }
        int inserted = em.createNativeQuery("INSERT IGNORE INTO deadline_reminder (request_id, kind, sent_at, "
                + "recipients) VALUES (?1, ?2, ?3, 0)").setParameter(1, requestId).setParameter(2, kind.name())
                .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        if (inserted == 0) {
            return Outcome.NONE;
        }
        Messages m = Messages.of(Messages.INDONESIAN);
        Office office = request.getOffice();
        String due = OfficeDateFormat.dateTime(request.getDueAt().atZone(office.getZone()), m.locale());
        String assigneeName = request.getAssignee() == null ? m.get("standards.reminder.unassigned")
                : request.getAssignee().getFullName();
        String subject = m.get("standards.reminder.subject." + kind.name(), request.getRegistrationNumber());
        int mails = 0;
        int withoutEmail = 0;
        for (StaffAccount to : recipients(request)) {
            if (to.getEmail() == null || to.getEmail().isBlank()) {
                withoutEmail++;
                continue;
            }
            String body = m.get("standards.reminder.body." + kind.name(), to.getFullName(),
                    request.getRegistrationNumber(), due, assigneeName, office.getName());
            mailQueue.enqueue(office.getId(), requestId, to.getEmail(), subject, body);
            mails++;
        }
        em.createNativeQuery("UPDATE deadline_reminder SET recipients = ?1 WHERE request_id = ?2 AND kind = ?3")
                .setParameter(1, mails).setParameter(2, requestId).setParameter(3, kind.name()).executeUpdate();
        return new Outcome(true, mails, withoutEmail);
    }

    /** The assigned official and their superior, once each (the Chair stands in for a superior not known). */
    public List<StaffAccount> recipients(ServiceRequest request) {
        Map<Long, StaffAccount> to = new LinkedHashMap<>();
        if (request.getAssignee() != null) {
            to.put(request.getAssignee().getId(), request.getAssignee());
        }
        superior(request).ifPresent(s -> to.putIfAbsent(s.getId(), s));
        return new ArrayList<>(to.values());
    }

    /** The official above the assignee: who gave the latest disposition, else the office's Chair. */
    public Optional<StaffAccount> superior(ServiceRequest request) {
        List<Disposition> latest = em.createQuery("select d from Disposition d where d.request.id = :r "
                + "order by d.id desc", Disposition.class).setParameter("r", request.getId()).setMaxResults(1)
                .getResultList();
        if (!latest.isEmpty()) {
            return Optional.of(latest.get(0).getFrom());
        }
        return staffDirectory.withAnyRole(request.getOffice().getId(), Set.of(Role.CHAIR)).stream()
                .filter(StaffAccount::isActive).findFirst();
    }

    /** The reminders a request got, by kind (for its page and the tests). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReminderKind> sentFor(long requestId) {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("SELECT kind FROM deadline_reminder WHERE request_id = ?1 "
                + "ORDER BY id").setParameter(1, requestId).getResultList();
        return kinds.stream().map(ReminderKind::valueOf).toList();
    }
}
