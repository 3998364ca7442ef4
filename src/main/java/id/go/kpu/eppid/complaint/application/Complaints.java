package id.go.kpu.eppid.complaint.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.isEmail;
import static id.go.kpu.eppid.shared.validation.InputChecks.receivedAt;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.complaint.domain.Complaint;
import id.go.kpu.eppid.complaint.domain.ComplaintChannel;
import id.go.kpu.eppid.complaint.domain.ComplaintKind;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REQ-9 (seed 004 A.6): complaints, suggestions and appreciation to the Chair — sent on the public form (anonymous
 * if the sender wishes) or registered at the desk from a letter, e-mail or visit; the office's mailbox is told at
 * once; the Chair or Secretary answers and closes it, and a sender who gave an e-mail address gets the answer.
 * Counted by kind, with the time to answer.
 */
@ApplicationScoped
@Transactional
public class Complaints {

    public static final String SERIES = "COMPLAINT";
    /** Who sees them and registers those that come to the desk. */
    public static final Set<Role> READERS = EnumSet.of(Role.CHAIR, Role.SECRETARY, Role.PPID_OPERATOR,
            Role.FRONT_OFFICE, Role.LETTER_INTAKE);
    /** Who answers for the Chair. */
    public static final Set<Role> ANSWERERS = EnumSet.of(Role.CHAIR, Role.SECRETARY);
    static final int ANSWER_LENGTH = 4000;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private OfficeCounters counters;
    @Inject
    private RequestUploads uploads;
    @Inject
    private MailQueue mail;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** What the sender or the desk gives. */
    public record Input(ComplaintKind kind, String text, String senderName, String senderContact,
            AcceptedFile attachment) {
    }

    /** REQ-9: sent on the public form to an office. */
    public Complaint submit(long officeId, Input in) {
        Office office = em.find(Office.class, officeId);
        if (office == null) {
            throw new InvalidInputException("complaintOffice", "complaint.office.required");
        }
        return register(office, ComplaintChannel.ONLINE, in, clock.instant(), "publik");
    }

    /** REQ-9: registered at the desk from a letter, an e-mail or a visit, received on {@code receivedOn}. */
    public Complaint registerAtDesk(StaffAccount actor, ComplaintChannel channel, LocalDate receivedOn, Input in) {
        if (!actor.hasAnyRole(READERS)) {
            throw new InvalidInputException(null, "complaint.notDesk");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "complaintChannel", channel);
        if (channel == ComplaintChannel.ONLINE) {
            problems.add(new Problem("complaintChannel", "complaint.channelOnline"));
        }
        Instant at = receivedAt(problems, "complaintReceivedOn", receivedOn, actor.getOffice().getZone(), clock);
        InvalidInputException.throwIfAny(problems);
        return register(actor.getOffice(), channel, in, at, actor.getUsername());
    }

    private Complaint register(Office office, ComplaintChannel channel, Input in, Instant at, String by) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "complaintKind", in.kind());
        String text = text(problems, "complaintText", in.text(), Complaint.TEXT_LENGTH, true);
        String name = text(problems, "complaintName", in.senderName(), Complaint.NAME_LENGTH, false);
        String contact = text(problems, "complaintContact", in.senderContact(), Complaint.CONTACT_LENGTH, false);
        InvalidInputException.throwIfAny(problems);
        int year = at.atZone(office.getZone()).getYear();
        int seq = counters.next(office.getId(), SERIES, Integer.toString(year));
        String number = "PG-" + office.getCode() + "-" + year + "-" + String.format("%04d", seq);
        Complaint c = new Complaint(office.getId(), number, year, seq, new Complaint.Content(in.kind(), channel, text,
                name, contact, in.attachment() == null ? null : uploads.store(in.attachment())), at, by);
        em.persist(c);
        em.flush();
        audit.record(office.getId(), clock.instant(), by, "COMPLAINT", c.getId(), "COMPLAINT_RECEIVED",
                number + " " + in.kind() + " " + channel);
        if (office.getEmail() != null) {
            Messages m = Messages.of(Messages.INDONESIAN);
            mail.enqueue(office.getId(), null, office.getEmail(), m.get("complaint.mail.new.subject",
                    m.label(in.kind()), number), m.get("complaint.mail.new.body", m.label(in.kind()), number,
                    m.label(channel), text));
        }
        return c;
    }

    /** REQ-9: the Chair's (or Secretary's) answer closes it; a sender with an e-mail address is sent the answer. */
    public Complaint answer(StaffAccount actor, long id, String response) {
        if (!actor.hasAnyRole(ANSWERERS)) {
            throw new InvalidInputException(null, "complaint.notAnswerer");
        }
        Complaint c = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "complaint.notFound");
        }
        if (c.isClosed()) {
            throw new InvalidInputException(null, "complaint.closed");
        }
        List<Problem> problems = new ArrayList<>();
        String text = text(problems, "complaintResponse", response, ANSWER_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        c.answer(text, actor.getUsername(), now);
        audit.record(c.getOfficeId(), now, actor.getUsername(), "COMPLAINT", c.getId(), "COMPLAINT_ANSWERED",
                c.getNumber());
        if (isEmail(c.getSenderContact())) {
            Messages m = Messages.of(Messages.INDONESIAN);
            mail.enqueue(c.getOfficeId(), null, c.getSenderContact(), m.get("complaint.mail.answer.subject",
                    c.getNumber()), m.get("complaint.mail.answer.body", c.getSenderName() == null ? "Bapak/Ibu"
                    : c.getSenderName(), m.label(c.getKind()), c.getNumber(), text, actor.getOffice().getName()));
        }
        return c;
    }

    /** The office's complaints received in {@code year}, open ones first, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> of(long officeId, int year) {
        return em.createQuery("select c from Complaint c where c.officeId = :o and c.year = :y "
                + "order by case when c.answeredAt is null then 0 else 1 end, c.receivedAt desc", Complaint.class)
                .setParameter("o", officeId).setParameter("y", year).getResultList();
    }

    /** Counts by kind, how many are open, and the average days to answer (REQ-9). */
    public record Figures(Map<ComplaintKind, Integer> byKind, int open, BigDecimal averageDays) {
    }

    public static Figures figures(List<Complaint> complaints) {
        Map<ComplaintKind, Integer> byKind = new EnumMap<>(ComplaintKind.class);
        int open = 0;
        long seconds = 0;
        int answered = 0;
        for (Complaint c : complaints) {
            byKind.merge(c.getKind(), 1, Integer::sum);
            if (c.isClosed()) {
                seconds += c.timeToAnswer().getSeconds();
                answered++;
            } else {
                open++;
            }
        }
        return new Figures(byKind, open, answered == 0 ? null : BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(86_400L * answered), 1, RoundingMode.HALF_UP));
    }
}
