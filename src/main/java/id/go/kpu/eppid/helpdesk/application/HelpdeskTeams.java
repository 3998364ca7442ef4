package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskDuty;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskIncident;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskNegligenceNote;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskPosition;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskTeamDecree;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskTeamMember;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office's helpdesk team (HD-1, HD-2, HD-15): the team by decree with each member's position and account; the
 * duty roster with the daily coordinator rotating among the officers; the officers' sign-in (10 minutes before the
 * helpdesk's hours) with late and absent shown to the coordinators; technical incidents sent at once to the day's
 * daily coordinator and the supervisors, in the portal and by e-mail; the supervisors' notes on negligence.
 */
@ApplicationScoped
@Transactional
public class HelpdeskTeams {

    static final int MAX_ROSTER_DAYS = 31;
    /** The audit trail's subject of team changes. */
    static final String SUBJECT = "HELPDESK_TEAM";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Calendars calendars;
    @Inject
    private MailQueue mail;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The decree in force at an office, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HelpdeskTeamDecree> decree(long officeId) {
        return em.createQuery("select d from HelpdeskTeamDecree d where d.officeId = :o order by d.decreeDate desc, "
                + "d.id desc", HelpdeskTeamDecree.class).setParameter("o", officeId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The active members of the decree in force, in the decree's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskTeamMember> members(long officeId) {
        return decree(officeId).map(d -> em.createQuery("select m from HelpdeskTeamMember m where m.decreeId = :d "
                + "and m.active = true order by m.sortOrder, m.id", HelpdeskTeamMember.class)
                .setParameter("d", d.getId()).getResultList()).orElse(List.of());
    }

    /** HD-1: a new decree for the team; the members of the one before carry over and can then be changed. */
    public HelpdeskTeamDecree registerDecree(StaffAccount actor, String number, LocalDate date, String title) {
        requireManager(actor);
        List<Problem> problems = new ArrayList<>();
        String n = text(problems, "decreeNumber", number, 100, true);
        required(problems, "decreeDate", date);
        String t = text(problems, "decreeTitle", title, 500, true);
        if (date != null && date.isAfter(LocalDate.now(actor.getOffice().getZone()))) {
            problems.add(new Problem("decreeDate", "helpdesk.team.decreeDate.future"));
        }
        long office = actor.getOffice().getId();
        if (n != null && em.createQuery("select count(d) from HelpdeskTeamDecree d where d.officeId = :o and "
                + "d.decreeNumber = :n", Long.class).setParameter("o", office).setParameter("n", n)
                .getSingleResult() > 0) {
            problems.add(new Problem("decreeNumber", "helpdesk.team.decreeNumber.taken"));
        }
        InvalidInputException.throwIfAny(problems);
        List<HelpdeskTeamMember> carried = members(office);
        HelpdeskTeamDecree decree = new HelpdeskTeamDecree(office, n, date, t, clock.instant(), actor.getUsername());
        em.persist(decree);
        em.flush();
        for (HelpdeskTeamMember m : carried) {
            em.persist(new HelpdeskTeamMember(decree.getId(), m.getPosition(), m.getName(), m.getJobTitle(),
                    m.getStaffUsername(), m.getSortOrder()));
        }
        audit(actor, decree.getId(), "HELPDESK_DECREE_REGISTERED", n + " (" + date + ")");
        return decree;
    }

    /** HD-1: a member of the decree in force, with position, office title and (optional) portal account. */
    public HelpdeskTeamMember addMember(StaffAccount actor, String name, String jobTitle, HelpdeskPosition position,
            String username) {
        requireManager(actor);
        HelpdeskTeamDecree decree = decree(actor.getOffice().getId())
                .orElseThrow(() -> new InvalidInputException(null, "helpdesk.team.noDecree"));
        List<Problem> problems = new ArrayList<>();
        String n = text(problems, "memberName", name, 150, true);
        String j = text(problems, "memberTitle", jobTitle, 300, false);
        required(problems, "memberPosition", position);
        String u = text(problems, "memberAccount", username, 60, false);
        if (u != null && em.createQuery("select count(s) from StaffAccount s where s.username = :u and "
                + "s.office.id = :o", Long.class).setParameter("u", u).setParameter("o", actor.getOffice().getId())
                .getSingleResult() == 0) {
            problems.add(new Problem("memberAccount", "helpdesk.team.account.unknown"));
        }
        InvalidInputException.throwIfAny(problems);
        int order = members(actor.getOffice().getId()).stream().mapToInt(HelpdeskTeamMember::getSortOrder).max()
                .orElse(0) + 1;
        HelpdeskTeamMember m = new HelpdeskTeamMember(decree.getId(), position, n, j, u, order);
        em.persist(m);
        em.flush();
        audit(actor, m.getId(), "HELPDESK_MEMBER_ADDED", n + " (" + position + ")");
        return m;
    }

    /** A member leaves the team (kept on past rosters and notes). */
    public void removeMember(StaffAccount actor, long memberId) {
        requireManager(actor);
        HelpdeskTeamMember m = member(actor, memberId);
        m.leave();
        audit(actor, m.getId(), "HELPDESK_MEMBER_LEFT", m.getName());
    }

    /** The roster of {@code days} days from {@code from}, by day then the daily coordinator first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskDuty> roster(long officeId, LocalDate from, int days) {
        return em.createQuery("select d from HelpdeskDuty d where d.officeId = :o and d.dutyDate between :f and :t "
                + "order by d.dutyDate, d.dailyCoordinator desc, d.member.sortOrder", HelpdeskDuty.class)
                .setParameter("o", officeId).setParameter("f", from).setParameter("t", from.plusDays(days - 1L))
                .getResultList();
    }

    /** HD-2: a member on duty on a day at a desk; {@code coordinator} makes them the day's daily coordinator. */
    public HelpdeskDuty assign(StaffAccount actor, LocalDate date, Long memberId, String desk, boolean coordinator) {
        requireManager(actor);
        List<Problem> problems = new ArrayList<>();
        required(problems, "dutyDate", date);
        required(problems, "dutyMember", memberId);
        String d = text(problems, "dutyDesk", desk, 40, false);
        InvalidInputException.throwIfAny(problems);
        HelpdeskTeamMember m = member(actor, memberId);
        long office = actor.getOffice().getId();
        List<HelpdeskDuty> day = roster(office, date, 1);
        if (day.stream().anyMatch(x -> x.getMember().getId().equals(memberId))) {
            throw new InvalidInputException("dutyMember", "helpdesk.roster.already");
        }
        if (coordinator) {
            day.stream().filter(HelpdeskDuty::isDailyCoordinator).findFirst().ifPresent(x -> {
                throw new InvalidInputException("dutyCoordinator", "helpdesk.roster.coordinatorTaken",
                        x.getMember().getName());
            });
        }
        HelpdeskDuty duty = new HelpdeskDuty(office, date, m, d, coordinator);
        em.persist(duty);
        return duty;
    }

    public void unassign(StaffAccount actor, long dutyId) {
        requireManager(actor);
        HelpdeskDuty d = em.find(HelpdeskDuty.class, dutyId);
        if (d == null || d.getOfficeId() != actor.getOffice().getId() || d.getSignedInAt() != null) {
            throw new InvalidInputException(null, "helpdesk.roster.cannotRemove");
        }
        em.remove(d);
    }

    /**
     * HD-2: the roster of {@code days} days from {@code from} for the days the helpdesk is open: every officer (daily
     * coordinator and members) on duty at {@code desk}, the daily coordinator rotating among them day by day. Days
     * that already have a roster are left as they are. Returns how many days were planned.
     */
    public int rotate(StaffAccount actor, LocalDate from, int days, String desk) {
        requireManager(actor);
        if (from == null || days < 1 || days > MAX_ROSTER_DAYS) {
            throw new InvalidInputException("rotateDays", "helpdesk.roster.days", MAX_ROSTER_DAYS);
        }
        Office office = actor.getOffice();
        List<HelpdeskTeamMember> officers = members(office.getId()).stream()
                .filter(m -> m.getPosition().officer()).toList();
        if (officers.isEmpty()) {
            throw new InvalidInputException(null, "helpdesk.roster.noOfficers");
        }
        OfficeCalendar calendar = calendars.of(office, ServiceKind.HELPDESK);
        // carry the rotation on from the last day planned
        int turn = (int) (long) em.createQuery("select count(d) from HelpdeskDuty d where d.officeId = :o and "
                + "d.dailyCoordinator = true and d.dutyDate < :f", Long.class).setParameter("o", office.getId())
                .setParameter("f", from).getSingleResult();
        int planned = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            if (calendar.hours(day).isEmpty() || !roster(office.getId(), day, 1).isEmpty()) {
                continue;
            }
            HelpdeskTeamMember coordinator = officers.get(turn++ % officers.size());
            for (HelpdeskTeamMember m : officers) {
                em.persist(new HelpdeskDuty(office.getId(), day, m, desk, m == coordinator));
            }
            planned++;
        }
        return planned;
    }

    /** HD-2: the signed-in officer's duty today, if they are on the roster. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HelpdeskDuty> todaysDuty(StaffAccount actor) {
        LocalDate today = LocalDate.now(clock.withZone(actor.getOffice().getZone()));
        return roster(actor.getOffice().getId(), today, 1).stream()
                .filter(d -> actor.getUsername().equals(d.getMember().getStaffUsername())).findFirst();
    }

    /** HD-2: the officer signs today's attendance list. */
    public HelpdeskDuty signIn(StaffAccount actor) {
        HelpdeskDuty duty = todaysDuty(actor).map(d -> em.find(HelpdeskDuty.class, d.getId()))
                .orElseThrow(() -> new InvalidInputException(null, "helpdesk.attendance.notOnDuty"));
        duty.signIn(clock.instant(), actor.getUsername());
        return duty;
    }

    /** A duty with its attendance now, against the helpdesk's hours of that day. */
    public record DutyAttendance(HelpdeskDuty duty, HelpdeskDuty.Attendance attendance) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DutyAttendance> attendance(Office office, LocalDate day) {
        Optional<OfficeCalendar.Hours> hours = calendars.of(office, ServiceKind.HELPDESK).hours(day);
        Instant now = clock.instant();
        return roster(office.getId(), day, 1).stream().map(d -> new DutyAttendance(d,
                d.attendance(hours.map(OfficeCalendar.Hours::opens).orElse(null),
                        hours.map(OfficeCalendar.Hours::closes).orElse(null), office.getZone(), now))).toList();
    }

    /**
     * HD-15: a technical disturbance, sent at once to the day's daily coordinator and the supervisors: in the portal
     * (the open incidents on the helpdesk pages) and by e-mail to those with an address.
     */
    public HelpdeskIncident reportIncident(StaffAccount actor, String description) {
        if (!actor.hasAnyRole(Role.HELPDESK_TEAM)) {
            throw new InvalidInputException(null, "helpdesk.notTeam");
        }
        List<Problem> problems = new ArrayList<>();
        String text = text(problems, "incidentText", description, HelpdeskIncident.TEXT_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        Office office = actor.getOffice();
        Instant now = clock.instant();
        HelpdeskIncident incident = new HelpdeskIncident(office.getId(), now, actor.getUsername(), text);
        em.persist(incident);
        Set<String> usernames = new LinkedHashSet<>();
        LocalDate today = now.atZone(office.getZone()).toLocalDate();
        roster(office.getId(), today, 1).stream().filter(HelpdeskDuty::isDailyCoordinator)
                .map(d -> d.getMember().getStaffUsername()).filter(u -> u != null).forEach(usernames::add);
        members(office.getId()).stream().filter(m -> m.getPosition() == HelpdeskPosition.HEAD
                || m.getPosition() == HelpdeskPosition.PIC || m.getPosition() == HelpdeskPosition.COORDINATOR)
                .map(HelpdeskTeamMember::getStaffUsername).filter(u -> u != null).forEach(usernames::add);
        List<StaffAccount> whom = usernames.isEmpty() ? List.of() : em.createQuery("select s from StaffAccount s "
                + "where s.username in :u and s.office.id = :o", StaffAccount.class).setParameter("u", usernames)
                .setParameter("o", office.getId()).getResultList();
        Messages m = Messages.of(Messages.INDONESIAN);
        for (StaffAccount s : whom) {
            if (s.getEmail() != null && !s.getEmail().isBlank()) {
                mail.enqueue(office.getId(), null, s.getEmail(), m.get("helpdesk.incident.mail.subject",
                        office.getName()), m.get("helpdesk.incident.mail.body", actor.getFullName(),
                        OfficeDateFormat.dateTime(now.atZone(office.getZone()), m.locale()), text));
            }
        }
        incident.notified(String.join(", ", whom.stream().map(StaffAccount::getUsername).toList()));
        em.flush();
        audit(actor, incident.getId(), "HELPDESK_INCIDENT_REPORTED", text);
        return incident;
    }

    /** The office's incidents, open ones first, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskIncident> incidents(long officeId, int max) {
        return em.createQuery("select i from HelpdeskIncident i where i.officeId = :o order by "
                + "case when i.resolvedAt is null then 0 else 1 end, i.reportedAt desc", HelpdeskIncident.class)
                .setParameter("o", officeId).setMaxResults(max).getResultList();
    }

    /** HD-15: the daily coordinator or a supervisor records how an incident was resolved. */
    public void resolveIncident(StaffAccount actor, long incidentId, String resolution) {
        if (!actor.hasAnyRole(Role.HELPDESK_SUPERVISORS) && !actor.hasRole(Role.HELPDESK_DAILY_COORDINATOR)) {
            throw new InvalidInputException(null, "helpdesk.team.notSupervisor");
        }
        HelpdeskIncident incident = em.find(HelpdeskIncident.class, incidentId);
        if (incident == null || incident.getOfficeId() != actor.getOffice().getId() || !incident.isOpen()) {
            throw new InvalidInputException(null, "helpdesk.incident.notOpen");
        }
        List<Problem> problems = new ArrayList<>();
        String text = text(problems, "resolution", resolution, HelpdeskIncident.TEXT_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        incident.resolve(text, clock.instant(), actor.getUsername());
    }

    /** HD-15: a supervisor's note on a member's negligence. */
    public HelpdeskNegligenceNote noteNegligence(StaffAccount actor, Long memberId, String note) {
        requireSupervisor(actor);
        List<Problem> problems = new ArrayList<>();
        required(problems, "negligenceMember", memberId);
        String text = text(problems, "negligenceNote", note, 2000, true);
        InvalidInputException.throwIfAny(problems);
        HelpdeskNegligenceNote n = new HelpdeskNegligenceNote(actor.getOffice().getId(), member(actor, memberId),
                clock.instant(), actor.getUsername(), text);
        em.persist(n);
        em.flush();
        audit(actor, n.getId(), "HELPDESK_NEGLIGENCE_NOTED", n.getMember().getName());
        return n;
    }

    /** The negligence notes of the office, newest first; for the supervisors only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskNegligenceNote> negligenceNotes(StaffAccount actor) {
        if (!actor.hasAnyRole(Role.HELPDESK_SUPERVISORS)) {
            return List.of();
        }
        return em.createQuery("select n from HelpdeskNegligenceNote n where n.officeId = :o order by n.notedAt desc",
                HelpdeskNegligenceNote.class).setParameter("o", actor.getOffice().getId()).getResultList();
    }

    private void audit(StaffAccount actor, long subjectId, String action, String detail) {
        audit.record(actor.getOffice().getId(), clock.instant(), actor.getUsername(), SUBJECT, subjectId, action,
                detail);
    }

    private HelpdeskTeamMember member(StaffAccount actor, long memberId) {
        HelpdeskTeamMember m = em.find(HelpdeskTeamMember.class, memberId);
        HelpdeskTeamDecree d = m == null ? null : em.find(HelpdeskTeamDecree.class, m.getDecreeId());
        if (d == null || d.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "helpdesk.team.member.unknown");
        }
        return m;
    }

    static void requireManager(StaffAccount actor) {
        if (!actor.hasAnyRole(Role.HELPDESK_MANAGERS)) {
            throw new InvalidInputException(null, "helpdesk.team.notManager");
        }
    }

    static void requireSupervisor(StaffAccount actor) {
        if (!actor.hasAnyRole(Role.HELPDESK_SUPERVISORS)) {
            throw new InvalidInputException(null, "helpdesk.team.notSupervisor");
        }
    }
}
