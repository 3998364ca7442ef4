package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskPosition;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskRecap;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskTeamMember;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.standards.application.StepStandard;
import id.go.kpu.eppid.standards.application.StepTimes;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The helpdesk's recaps (HD-10): a daily recap of an office prepared by an officer and signed off in the portal by
 * the daily coordinator, which sends it to the helpdesk head (portal and e-mail); a weekly recap signed by a
 * supervisor, which sends it upward — the offices above see it. The figures come from the consultations themselves;
 * the signed PDF is archived and is what is downloaded afterwards.
 */
@ApplicationScoped
@Transactional
public class HelpdeskRecaps {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private StepTimes steps;
    @Inject
    private HelpdeskTeams teams;
    @Inject
    private PortalFiles files;
    @Inject
    private MailQueue mail;

    private final Clock clock = Clock.systemUTC();

    /** The figures of an office over a period (office days, inclusive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecapFigures figures(Office office, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(office.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(office.getZone()).toInstant();
        List<HelpdeskConsultation> list = em.createQuery("select c from HelpdeskConsultation c where c.officeId = :o "
                + "and c.receivedAt >= :s and c.receivedAt < :e order by c.receivedAt", HelpdeskConsultation.class)
                .setParameter("o", office.getId()).setParameter("s", start).setParameter("e", end).getResultList();
        Map<Long, Instant> firstAnswers = new HashMap<>();
        List<SurveyResponse> ratings = List.of();
        if (!list.isEmpty()) {
            List<Long> ids = list.stream().map(HelpdeskConsultation::getId).toList();
            for (Object[] r : em.createQuery("select e.consultationId, min(e.occurredAt) from HelpdeskEntry e where "
                    + "e.kind = :k and e.consultationId in :ids group by e.consultationId", Object[].class)
                    .setParameter("k", HelpdeskEntryKind.ANSWERED).setParameter("ids", ids).getResultList()) {
                firstAnswers.put((Long) r[0], (Instant) r[1]);
            }
            ratings = em.createQuery("select r from SurveyResponse r where r.service = :s and r.serviceId in :ids "
                    + "and r.submittedAt is not null", SurveyResponse.class).setParameter("s", SurveyService.HELPDESK)
                    .setParameter("ids", ids).getResultList();
        }
        long callbacks = em.createQuery("select count(b) from HelpdeskCallback b where b.officeId = :o and "
                + "b.doneAt is null", Long.class).setParameter("o", office.getId()).getSingleResult();
        return RecapFigures.of(list, firstAnswers, standards(office), ratings.size(),
                ratings.isEmpty() ? null : ratings.stream().mapToDouble(SurveyResponse::average).average().orElse(0),
                (int) callbacks);
    }

    private RecapFigures.Standards standards(Office office) {
        Map<String, Integer> minutes = new HashMap<>();
        for (StepStandard s : steps.standards(office)) {
            minutes.put(s.code(), s.standardMinutes());
        }
        return new RecapFigures.Standards(minutes.getOrDefault("H02_RECEIVE", 10),
                minutes.getOrDefault("H03_ANSWER", 30), minutes.getOrDefault("H04_ESCALATED", 15));
    }

    /** HD-10: an officer prepares (or prepares again, before it is signed) the recap of the period containing day. */
    public HelpdeskRecap prepare(StaffAccount actor, HelpdeskRecap.Kind kind, LocalDate day, String note) {
        if (!actor.hasAnyRole(Role.HELPDESK_TEAM)) {
            throw new InvalidInputException(null, "helpdesk.notTeam");
        }
        if (kind == null || day == null) {
            throw new InvalidInputException("recapDay", "validation.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(actor.getOffice().getZone()));
        if (kind.start(day).isAfter(today)) {
            throw new InvalidInputException("recapDay", "helpdesk.recap.future");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 2000) {
            throw new InvalidInputException("recapNote", "validation.tooLong", 2000);
        }
        Instant now = clock.instant();
        Optional<HelpdeskRecap> existing = find(actor.getOffice().getId(), kind, kind.start(day));
        if (existing.isPresent()) {
            existing.get().prepared(now, actor.getUsername(), text);
            return existing.get();
        }
        HelpdeskRecap recap = new HelpdeskRecap(actor.getOffice().getId(), kind, day, now, actor.getUsername(), text);
        em.persist(recap);
        return recap;
    }

    /**
     * HD-10: the daily coordinator (or a supervisor) signs off a daily recap, which goes to the helpdesk head; a
     * supervisor signs a weekly recap, which goes up to the offices above. The PDF signed is archived.
     */
    public HelpdeskRecap sign(StaffAccount actor, long recapId, Messages m) {
        HelpdeskRecap recap = em.find(HelpdeskRecap.class, recapId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (recap == null || recap.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "helpdesk.recap.notFound");
        }
        boolean daily = recap.getKind() == HelpdeskRecap.Kind.DAILY;
        if (!(actor.hasAnyRole(Role.HELPDESK_SUPERVISORS)
                || daily && actor.hasRole(Role.HELPDESK_DAILY_COORDINATOR))) {
            throw new InvalidInputException(null, daily ? "helpdesk.recap.signerDaily" : "helpdesk.recap.signerWeekly");
        }
        Office office = actor.getOffice();
        Instant now = clock.instant();
        String sentTo;
        if (daily) {
            List<String> heads = teams.members(office.getId()).stream()
                    .filter(x -> x.getPosition() == HelpdeskPosition.HEAD)
                    .map(HelpdeskTeamMember::getStaffUsername).filter(u -> u != null).toList();
            sentTo = String.join(", ", heads);
            List<StaffAccount> accounts = heads.isEmpty() ? List.of() : em.createQuery("select s from StaffAccount s "
                    + "where s.username in :u", StaffAccount.class).setParameter("u", heads).getResultList();
            Messages id = Messages.of(Messages.INDONESIAN);
            for (StaffAccount head : accounts) {
                if (head.getEmail() != null && !head.getEmail().isBlank()) {
                    mail.enqueue(office.getId(), null, head.getEmail(), id.get("helpdesk.recap.mail.subject",
                            office.getName(), recap.getPeriodStart()), id.get("helpdesk.recap.mail.body",
                            actor.getFullName(), recap.getPeriodStart()));
                }
            }
        } else {
            List<String> above = new ArrayList<>();
            if (office.getEmail() != null && !office.getEmail().isBlank()) {
                above.add(office.getEmail());
            }
            office.chain().stream().skip(1).map(Office::getName).forEach(above::add);
            sentTo = String.join(", ", above);
        }
        RecapFigures f = figures(office, recap.getPeriodStart(), recap.getPeriodEnd());
        // the PDF shows the signature, so it is rendered as signed: sign first in memory, then archive
        byte[] pdf = HelpdeskRecapDocuments.pdf(office, recap, f, actor.getFullName(), now, m);
        var archive = files.keep(pdf, "rekap-" + recap.getId() + ".pdf", "application/pdf");
        recap.sign(now, actor.getUsername(), actor.getFullName(), sentTo, archive);
        if (!daily && office.getEmail() != null && !office.getEmail().isBlank()) {
            // seed 000 IV.A.3: the weekly recap goes to the legal division through the office's mailbox, PDF attached
            Messages id = Messages.of(Messages.INDONESIAN);
            mail.enqueue(office.getId(), null, office.getEmail(), id.get("helpdesk.recap.weekly.mail.subject",
                    office.getName(), recap.getPeriodStart()), id.get("helpdesk.recap.weekly.mail.body",
                    actor.getFullName(), recap.getPeriodStart(), recap.getPeriodEnd()),
                    List.of(new id.go.kpu.eppid.shared.mail.MailAttachment.Attachment(archive.getStoredName(),
                            "rekap-mingguan-helpdesk-" + recap.getPeriodStart() + ".pdf", "application/pdf")));
        }
        return recap;
    }

    /** The recaps the actor sees: the office's own, and the signed weekly recaps of the offices below it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskRecap> visible(StaffAccount actor) {
        List<HelpdeskRecap> own = em.createQuery("select r from HelpdeskRecap r where r.officeId = :o "
                + "order by r.periodStart desc, r.kind", HelpdeskRecap.class).setParameter("o", actor.getOffice().getId())
                .setMaxResults(60).getResultList();
        List<HelpdeskRecap> below = em.createQuery("select r from HelpdeskRecap r where r.kind = :k and "
                + "r.signedAt is not null and r.officeId in (select o.id from Office o where o.parent.id = :o or "
                + "o.parent.parent.id = :o) order by r.periodStart desc", HelpdeskRecap.class)
                .setParameter("k", HelpdeskRecap.Kind.WEEKLY).setParameter("o", actor.getOffice().getId())
                .setMaxResults(60).getResultList();
        List<HelpdeskRecap> all = new ArrayList<>(own);
        all.addAll(below);
        return all;
    }

    /** A recap the actor may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HelpdeskRecap> find(StaffAccount actor, long id) {
        if (!HelpdeskRecords.mayUse(actor)) {
            return Optional.empty();
        }
        HelpdeskRecap r = em.find(HelpdeskRecap.class, id);
        if (r == null) {
            return Optional.empty();
        }
        if (r.getOfficeId() == actor.getOffice().getId()) {
            return Optional.of(r);
        }
        Office office = em.find(Office.class, r.getOfficeId());
        boolean below = r.getKind() == HelpdeskRecap.Kind.WEEKLY && r.isSigned() && office != null
                && FaqCatalog.publishersFor(office).contains(actor.getOffice().getId());
        return below ? Optional.of(r) : Optional.empty();
    }

    /** The PDF: the archived one once signed, the live draft before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(HelpdeskRecap recap, Messages m) {
        if (recap.getArchiveStoredName() != null) {
            return files.bytes(recap.getArchiveStoredName());
        }
        Office office = em.find(Office.class, recap.getOfficeId());
        return HelpdeskRecapDocuments.pdf(office, recap, figures(office, recap.getPeriodStart(),
                recap.getPeriodEnd()), null, null, m);
    }

    /** The workbook of a recap (figures as they are now). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void xlsx(HelpdeskRecap recap, Messages m, java.io.OutputStream out) throws IOException {
        Office office = em.find(Office.class, recap.getOfficeId());
        HelpdeskRecapDocuments.xlsx(office, recap, figures(office, recap.getPeriodStart(), recap.getPeriodEnd()), m,
                out);
    }

    private Optional<HelpdeskRecap> find(long officeId, HelpdeskRecap.Kind kind, LocalDate start) {
        return em.createQuery("select r from HelpdeskRecap r where r.officeId = :o and r.kind = :k and "
                + "r.periodStart = :s", HelpdeskRecap.class).setParameter("o", officeId).setParameter("k", kind)
                .setParameter("s", start).getResultStream().findFirst();
    }
}
