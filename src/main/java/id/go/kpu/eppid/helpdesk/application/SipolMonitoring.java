package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskDuty;
import id.go.kpu.eppid.helpdesk.domain.MonitoringSlot;
import id.go.kpu.eppid.helpdesk.domain.PoliticalParty;
import id.go.kpu.eppid.helpdesk.domain.SipolMonitoringReport;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.upload.ContentInspector;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SIPOL data-entry monitoring (HD-11, seed 001 D): at 08:00 and 17:00 office time the officer on duty records each
 * party's progress in the region — board and offices complete in percent, members entered — with the SIPOL screenshot
 * as evidence; the report goes to the office's Commissioners (portal and e-mail). The officers on duty are reminded at
 * each moment; a slot without a report an hour later is missed. Reports are kept per slot, once.
 */
@ApplicationScoped
@Transactional
public class SipolMonitoring {

    /** How many days back a late report may still be recorded. */
    static final int MAX_LATE_DAYS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private RequestUploads uploads;
    @Inject
    private HelpdeskTeams teams;
    @Inject
    private StaffDirectory staff;
    @Inject
    private MailQueue mail;

    private final Clock clock = Clock.systemUTC();

    /** One party's progress as typed (any of the three may be missing: then the party is not reported). */
    public record Progress(long partyId, BigDecimal board, Integer members, BigDecimal offices) {
        boolean empty() {
            return board == null && members == null && offices == null;
        }
    }

    /** A slot of a day and where it stands, with its report if any. */
    public record SlotRow(LocalDate day, MonitoringSlot slot, MonitoringSlot.State state,
            SipolMonitoringReport report) {
    }

    /** What the evidence may be: a screenshot or PDF of SIPOL, at most 10 MB. */
    public RequestUploads.Rule evidenceRule() {
        return new RequestUploads.Rule("evidence", ContentInspector.ID_DOCUMENT, 10L * 1024 * 1024,
                "upload.rejectedType");
    }

    /**
     * HD-11: the report of a slot, once: each party reported with all three figures (percentages 0–100, members 0 or
     * more), at least one party, the screenshot required.
     *
     * @param rows the parties in the order shown (problems name their row: {@code rows:<i>:board})
     */
    public SipolMonitoringReport record(StaffAccount actor, LocalDate day, MonitoringSlot slot, List<Progress> rows,
            AcceptedFile evidence, String note) {
        if (!actor.hasAnyRole(Role.HELPDESK_TEAM)) {
            throw new InvalidInputException(null, "helpdesk.notTeam");
        }
        Office office = actor.getOffice();
        Instant now = clock.instant();
        LocalDate today = now.atZone(office.getZone()).toLocalDate();
        List<Problem> problems = new ArrayList<>();
        if (day == null || slot == null) {
            problems.add(new Problem("slot", "validation.required"));
        } else if (day.isAfter(today) || day.isBefore(today.minusDays(MAX_LATE_DAYS))
                || slot.moment(day, office.getZone()).isAfter(now.plus(Duration.ofMinutes(30)))) {
            problems.add(new Problem("slot", "monitoring.slot.notNow", MAX_LATE_DAYS));
        } else if (report(office.getId(), day, slot).isPresent()) {
            problems.add(new Problem("slot", "monitoring.slot.done"));
        }
        int reported = 0;
        for (int i = 0; i < rows.size(); i++) {
            Progress p = rows.get(i);
            if (p.empty()) {
                continue;
            }
            reported++;
            percent(problems, "rows:" + i + ":board", p.board());
            percent(problems, "rows:" + i + ":offices", p.offices());
            if (p.members() == null || p.members() < 0) {
                problems.add(new Problem("rows:" + i + ":members", "monitoring.members.invalid"));
            }
        }
        if (reported == 0) {
            problems.add(new Problem(null, "monitoring.noParty"));
        }
        if (evidence == null) {
            problems.add(new Problem("evidence", "monitoring.evidence.required"));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            problems.add(new Problem("note", "validation.tooLong", 1000));
        }
        InvalidInputException.throwIfAny(problems);
        FileDetails stored = uploads.store(evidence);
        SipolMonitoringReport report = new SipolMonitoringReport(office.getId(), day, slot, now, actor.getUsername(),
                text, stored);
        Map<Long, PoliticalParty> parties = em.createQuery("select p from PoliticalParty p", PoliticalParty.class)
                .getResultStream().collect(Collectors.toMap(PoliticalParty::getId, Function.identity()));
        for (Progress p : rows) {
            if (!p.empty() && parties.containsKey(p.partyId())) {
                report.add(parties.get(p.partyId()), p.board(), p.members(), p.offices());
            }
        }
        em.persist(report);
        notifyCommissioners(office, report, actor);
        return report;
    }

    private static void percent(List<Problem> problems, String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(new Problem(field, "monitoring.percent.invalid"));
        }
    }

    private void notifyCommissioners(Office office, SipolMonitoringReport report, StaffAccount actor) {
        Messages m = Messages.of(Messages.INDONESIAN);
        String when = OfficeDateFormat.date(report.getSlotDate().atStartOfDay(office.getZone()), m.locale()) + " "
                + report.getSlot().at();
        for (StaffAccount s : staff.withAnyRole(office.getId(), Role.HELPDESK_COMMISSIONERS)) {
            if (s.getEmail() != null && !s.getEmail().isBlank()) {
                mail.enqueue(office.getId(), null, s.getEmail(), m.get("monitoring.mail.subject", office.getName(),
                        when), m.get("monitoring.mail.body", actor.getFullName(), when, report.getFigures().size()));
            }
        }
    }

    /** The report of a slot, if recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SipolMonitoringReport> report(long officeId, LocalDate day, MonitoringSlot slot) {
        return em.createQuery("select r from SipolMonitoringReport r where r.officeId = :o and r.slotDate = :d and "
                + "r.slot = :s", SipolMonitoringReport.class).setParameter("o", officeId).setParameter("d", day)
                .setParameter("s", slot).getResultStream().findFirst();
    }

    /** The slots of the last {@code days} days up to today, newest first, with their state now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotRow> slots(Office office, int days) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(office.getZone()).toLocalDate();
        Map<String, SipolMonitoringReport> reports = reports(office.getId(), today.minusDays(days - 1L), today)
                .stream().collect(Collectors.toMap(r -> r.getSlotDate() + r.getSlot().name(), Function.identity()));
        List<SlotRow> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = today.minusDays(i);
            for (MonitoringSlot slot : List.of(MonitoringSlot.PM, MonitoringSlot.AM)) {
                SipolMonitoringReport r = reports.get(day + slot.name());
                rows.add(new SlotRow(day, slot, slot.state(day, office.getZone(),
                        r == null ? null : r.getRecordedAt(), now), r));
            }
        }
        return rows;
    }

    /** The reports of an office from {@code from} to {@code to}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SipolMonitoringReport> reports(long officeId, LocalDate from, LocalDate to) {
        return em.createQuery("select r from SipolMonitoringReport r where r.officeId = :o and r.slotDate between "
                + ":f and :t order by r.slotDate, r.slot", SipolMonitoringReport.class).setParameter("o", officeId)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** A report's evidence, for the office's helpdesk and Commissioners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SipolMonitoringReport> evidence(StaffAccount actor, long reportId) {
        SipolMonitoringReport r = em.find(SipolMonitoringReport.class, reportId);
        return r == null || r.getOfficeId() != actor.getOffice().getId() || !HelpdeskRecords.mayUse(actor)
                ? Optional.empty() : Optional.of(r);
    }

    /**
     * HD-11: at 08:00 and 17:00 office time, reminds the officers on duty of each office with a helpdesk team that has
     * no report for the slot yet (once per slot, in the first 15 minutes).
     */
    public int remindDue(Instant now) {
        int sent = 0;
        List<Office> offices = em.createQuery("select o from Office o where o.id in (select d.officeId from "
                + "HelpdeskTeamDecree d)", Office.class).getResultList();
        for (Office office : offices) {
            LocalDate day = now.atZone(office.getZone()).toLocalDate();
            for (MonitoringSlot slot : MonitoringSlot.values()) {
                Instant moment = slot.moment(day, office.getZone());
                if (now.isBefore(moment) || !now.isBefore(moment.plus(Duration.ofMinutes(15)))
                        || report(office.getId(), day, slot).isPresent() || reminded(office.getId(), day, slot)) {
                    continue;
                }
                Set<String> usernames = new LinkedHashSet<>();
                teams.roster(office.getId(), day, 1).stream().map(HelpdeskDuty::getMember)
                        .map(m -> m.getStaffUsername()).filter(u -> u != null).forEach(usernames::add);
                Messages m = Messages.of(Messages.INDONESIAN);
                for (StaffAccount s : staff.withAnyRole(office.getId(), Role.HELPDESK_TEAM)) {
                    if (usernames.contains(s.getUsername()) && s.getEmail() != null && !s.getEmail().isBlank()) {
                        mail.enqueue(office.getId(), null, s.getEmail(), m.get("monitoring.reminder.subject",
                                slot.at().toString()), m.get("monitoring.reminder.body", slot.at().toString(),
                                office.getName()));
                    }
                }
                em.createNativeQuery("INSERT INTO sipol_monitoring_reminder (office_id, slot_date, slot, sent_at, "
                        + "sent_to) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, office.getId())
                        .setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, slot.name())
                        .setParameter(4, java.sql.Timestamp.from(now))
                        .setParameter(5, String.join(", ", usernames)).executeUpdate();
                sent++;
            }
        }
        return sent;
    }

    private boolean reminded(long officeId, LocalDate day, MonitoringSlot slot) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sipol_monitoring_reminder WHERE office_id = ?1 "
                + "AND slot_date = ?2 AND slot = ?3").setParameter(1, officeId)
                .setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, slot.name()).getSingleResult())
                .longValue() > 0;
    }
}
