package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.helpdesk.domain.CallOutcome;
import id.go.kpu.eppid.helpdesk.domain.CallbackReason;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskCallback;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The callback list (HD-9, seed 000 C.3): parties whose question was not answered on the spot or whose answer must be
 * corrected are called back after hours — by whom and by when, each call with its outcome — until a call reaches them.
 */
@ApplicationScoped
@Transactional
public class HelpdeskCallbacks {

    static final Duration MAX_AHEAD = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private HelpdeskDesk desk;
    @Inject
    private StaffDirectory staff;

    private final Clock clock = Clock.systemUTC();

    /** A callback as listed: with the consultation's number, representative and phone (the office's own data). */
    public record Row(HelpdeskCallback callback, HelpdeskConsultation consultation, boolean overdue) {
    }

    /** The helpdesk team of an office, to assign callbacks to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> team(long officeId) {
        return staff.withAnyRole(officeId, Role.HELPDESK_TEAM);
    }

    /** HD-9: a party to call back by {@code due} (office time), assigned to a member of the team. */
    public HelpdeskCallback schedule(StaffAccount actor, long consultationId, CallbackReason reason, String note,
            LocalDateTime due, String assignee) {
        HelpdeskConsultation c = desk.workable(actor, consultationId);
        List<Problem> problems = new ArrayList<>();
        required(problems, "callbackReason", reason);
        String why = text(problems, "callbackNote", note, HelpdeskCallback.NOTE_LENGTH, false);
        Instant now = clock.instant();
        Instant dueAt = due == null ? null : due.atZone(actor.getOffice().getZone()).toInstant();
        if (dueAt == null) {
            problems.add(new Problem("callbackDue", "validation.required"));
        } else if (dueAt.isBefore(now.minus(Duration.ofHours(1))) || dueAt.isAfter(now.plus(MAX_AHEAD))) {
            problems.add(new Problem("callbackDue", "helpdesk.callback.due", MAX_AHEAD.toDays()));
        }
        if (assignee == null || team(actor.getOffice().getId()).stream()
                .noneMatch(s -> s.getUsername().equals(assignee))) {
            problems.add(new Problem("callbackAssignee", "helpdesk.callback.assignee"));
        }
        if (c.getPhone() == null && c.getEmail() == null) {
            problems.add(new Problem(null, "helpdesk.callback.noContact"));
        }
        InvalidInputException.throwIfAny(problems);
        HelpdeskCallback callback = new HelpdeskCallback(c.getOfficeId(), c.getId(), reason, why, dueAt, assignee, now,
                actor.getUsername());
        em.persist(callback);
        Messages m = Messages.of(Messages.INDONESIAN);
        desk.thread(c, actor, HelpdeskEntryKind.CALLBACK_SCHEDULED, m.label(reason) + " · " + assignee
                + (why == null ? "" : " · " + why), now);
        return callback;
    }

    /** HD-9: a call made, with its outcome; "call again" needs the next time. */
    public HelpdeskCallback record(StaffAccount actor, long callbackId, CallOutcome outcome, String note,
            LocalDateTime nextDue) {
        if (!actor.hasAnyRole(Role.HELPDESK_TEAM)) {
            throw new InvalidInputException(null, "helpdesk.notTeam");
        }
        HelpdeskCallback callback = em.find(HelpdeskCallback.class, callbackId, LockModeType.PESSIMISTIC_WRITE);
        if (callback == null || callback.getOfficeId() != actor.getOffice().getId() || !callback.isOpen()) {
            throw new InvalidInputException(null, "helpdesk.callback.notOpen");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "callOutcome", outcome);
        String text = text(problems, "callNote", note, HelpdeskCallback.NOTE_LENGTH, false);
        Instant now = clock.instant();
        Instant next = nextDue == null ? null : nextDue.atZone(actor.getOffice().getZone()).toInstant();
        if (outcome == CallOutcome.CALL_AGAIN && (next == null || next.isBefore(now))) {
            problems.add(new Problem("callNextDue", "helpdesk.callback.nextDue"));
        }
        InvalidInputException.throwIfAny(problems);
        callback.call(outcome, text, now, actor.getUsername(), next);
        HelpdeskConsultation c = em.find(HelpdeskConsultation.class, callback.getConsultationId());
        desk.thread(c, actor, HelpdeskEntryKind.CALLBACK_CALLED, Messages.of(Messages.INDONESIAN).label(outcome)
                + (text == null ? "" : " · " + text), now);
        return callback;
    }

    /** The office's open callbacks, the earliest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> open(long officeId) {
        return rows(em.createQuery("select b from HelpdeskCallback b where b.officeId = :o and b.doneAt is null "
                + "order by b.dueAt", HelpdeskCallback.class).setParameter("o", officeId).getResultList());
    }

    /** The callbacks of a consultation, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> of(long consultationId) {
        return rows(em.createQuery("select b from HelpdeskCallback b where b.consultationId = :c order by b.id desc",
                HelpdeskCallback.class).setParameter("c", consultationId).getResultList());
    }

    private List<Row> rows(List<HelpdeskCallback> callbacks) {
        if (callbacks.isEmpty()) {
            return List.of();
        }
        Map<Long, HelpdeskConsultation> consultations = em.createQuery("select c from HelpdeskConsultation c where "
                + "c.id in :ids", HelpdeskConsultation.class).setParameter("ids", callbacks.stream()
                .map(HelpdeskCallback::getConsultationId).distinct().toList()).getResultStream()
                .collect(Collectors.toMap(HelpdeskConsultation::getId, Function.identity()));
        Instant now = clock.instant();
        return callbacks.stream().map(b -> new Row(b, consultations.get(b.getConsultationId()), b.overdue(now)))
                .toList();
    }
}
