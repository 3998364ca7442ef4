package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.helpdesk.domain.EscalationPath;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEscalation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEscalation.Outcome;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HD-8 (seed 001 C.a.5–6): a question the helpdesk cannot answer climbs the office hierarchy — the Commissioner of the
 * office that received it, then the provincial helpdesk, then the national one — each level answering it or passing
 * it on. The answer comes back to the office that asked, which answers the party. Each level sees what reached it,
 * with the whole thread, and nothing else; the time at each level is kept.
 */
@ApplicationScoped
@Transactional
public class HelpdeskEscalations {

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The levels of the consultation's office: its Commissioner, then each office above. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EscalationPath path(HelpdeskConsultation c) {
        return new EscalationPath(em.find(Office.class, c.getOfficeId()).chain().stream().map(Office::getId).toList());
    }

    /** The origin office's helpdesk escalates to its Commissioner, with the question as it should be answered. */
    public HelpdeskEscalation escalate(StaffAccount actor, long id, String question) {
        HelpdeskDesk.requireTeam(actor);
        HelpdeskConsultation c = locked(id);
        if (c.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "helpdesk.notFound");
        }
        String q = required("question", question);
        c.escalate();
        Instant now = clock.instant();
        em.persist(new HelpdeskEntry(c, actor, now, HelpdeskEntryKind.ESCALATED, q));
        return level(c, path(c).level(1), q, actor, now);
    }

    /** The level holding the consultation answers it; the answer goes back to the office that asked. */
    public HelpdeskConsultation answer(StaffAccount actor, long id, String answer) {
        HelpdeskConsultation c = locked(id);
        HelpdeskEscalation open = holding(actor, c);
        String text = required("levelAnswer", answer);
        Instant now = clock.instant();
        open.close(Outcome.ANSWERED, text, now, actor.getUsername());
        c.escalationAnswered();
        em.persist(new HelpdeskEntry(c, actor, now, HelpdeskEntryKind.ESCALATION_ANSWERED, text));
        return c;
    }

    /** The level holding it cannot decide either: on to the helpdesk of the office above, with a note. */
    public HelpdeskEscalation passOn(StaffAccount actor, long id, String note) {
        HelpdeskConsultation c = locked(id);
        HelpdeskEscalation open = holding(actor, c);
        EscalationPath path = path(c);
        if (!path.hasAbove(open.getLevel())) {
            throw new InvalidInputException(null, "helpdesk.escalation.top");
        }
        String text = required("passOnNote", note);
        Instant now = clock.instant();
        open.close(Outcome.PASSED_ON, text, now, actor.getUsername());
        EscalationPath.Level next = path.level(open.getLevel() + 1);
        c.passOn(next.officeId());
        em.persist(new HelpdeskEntry(c, actor, now, HelpdeskEntryKind.PASSED_ON, text));
        return level(c, next, open.getQuestion() + "\n\n" + text, actor, now);
    }

    /** May the actor act on the level that holds the consultation now? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayAct(StaffAccount actor, HelpdeskConsultation c) {
        return current(c).filter(e -> handles(actor, e)).isPresent();
    }

    /** Whether a level above the one holding the consultation exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canPassOn(HelpdeskConsultation c) {
        return current(c).map(e -> path(c).hasAbove(e.getLevel())).orElse(false);
    }

    /** The consultation's levels so far, lowest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskEscalation> levels(HelpdeskConsultation c) {
        return em.createQuery("select e from HelpdeskEscalation e where e.consultationId = :c order by e.level",
                HelpdeskEscalation.class).setParameter("c", c.getId()).getResultList();
    }

    private Optional<HelpdeskEscalation> current(HelpdeskConsultation c) {
        return em.createQuery("select e from HelpdeskEscalation e where e.consultationId = :c and e.outcome is null",
                HelpdeskEscalation.class).setParameter("c", c.getId()).getResultStream().findFirst();
    }

    /** Level 1 is the Commissioner's (or the helpdesk's person in charge); the levels above are the helpdesk team's. */
    static boolean handles(StaffAccount actor, HelpdeskEscalation e) {
        return actor.getOffice().getId() == e.getOfficeId()
                && actor.hasAnyRole(e.isCommissioner() ? Role.HELPDESK_COMMISSIONERS : Role.HELPDESK_TEAM);
    }

    private HelpdeskEscalation holding(StaffAccount actor, HelpdeskConsultation c) {
        HelpdeskEscalation open = current(c).orElseThrow(
                () -> new InvalidInputException(null, "helpdesk.escalation.none"));
        if (!handles(actor, open)) {
            throw new InvalidInputException(null, "helpdesk.escalation.notYours");
        }
        return open;
    }

    private HelpdeskEscalation level(HelpdeskConsultation c, EscalationPath.Level level, String question,
            StaffAccount actor, Instant at) {
        HelpdeskEscalation e = new HelpdeskEscalation(c.getId(), level, question, at, actor.getUsername());
        em.persist(e);
        return e;
    }

    private HelpdeskConsultation locked(long id) {
        HelpdeskConsultation c = em.find(HelpdeskConsultation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new InvalidInputException(null, "helpdesk.notFound");
        }
        return c;
    }

    private static String required(String field, String value) {
        List<Problem> problems = new ArrayList<>();
        String text = text(problems, field, value, HelpdeskDesk.MAX_TEXT, true);
        InvalidInputException.throwIfAny(problems);
        return text;
    }
}
