package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.blankToNull;
import static id.go.kpu.eppid.shared.validation.InputChecks.email;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntry;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.PoliticalParty;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.queue.domain.QueueService;
import id.go.kpu.eppid.queue.domain.QueueTicket;
import id.go.kpu.eppid.request.domain.PhoneNumber;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The helpdesk officer's side of a consultation (HD-3, HD-6): notes the party and the problem (from the guest book
 * and queue ticket for a face-to-face visit), reads it back for confirmation, answers with references and flags SIPOL
 * party-user problems to the SIPOL IT team, asks whether the answer was understood and repeats it when not. Only the
 * helpdesk team of the office that received it works on it; every step is a line of the thread.
 */
@ApplicationScoped
@Transactional
public class HelpdeskDesk {

    static final String SERIES = "HELPDESK";
    static final int MAX_TEXT = 8000;
    /** How far back a question from the messaging group or mailbox may be dated. */
    static final java.time.Duration MAX_ASKED_BEFORE = java.time.Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private OfficeCounters counters;
    @Inject
    private HelpdeskMailReplies replies;
    @Inject
    private FaqCatalog faq;

    private final Clock clock = Clock.systemUTC();

    /** The fields a new consultation starts with, taken from the visit (and its ticket) so nothing is retyped. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenCommand draftFromVisit(StaffAccount actor, Long guestEntryId, Long ticketId) {
        QueueTicket ticket = ticketId == null ? null : ticket(actor, ticketId);
        Long entryId = guestEntryId != null ? guestEntryId : ticket == null ? null : ticket.getGuestEntryId();
        GuestEntry guest = entryId == null ? null : guest(actor, entryId);
        Long ticketKey = ticket == null ? null : ticket.getId();
        if (guest == null) {
            return new OpenCommand(HelpdeskChannel.FACE_TO_FACE, null, null, null, null, null, null, null, null,
                    ticketKey, null);
        }
        // the institution the guest gave is the party when it is on the list, else a party-to-be as typed
        Optional<PoliticalParty> party = partyNamed(guest.getInstitution());
        return new OpenCommand(HelpdeskChannel.FACE_TO_FACE, party.map(PoliticalParty::getId).orElse(null),
                party.isPresent() ? null : guest.getInstitution(), guest.getName(), guest.getPhone(),
                guest.getEmail(), null, guest.getPurposeNote(), entryId, ticketKey, null);
    }

    /** HD-6: the party and the problem as noted; numbered per office and year (HD-1811-2026-000001). */
    public HelpdeskConsultation open(StaffAccount actor, OpenCommand cmd) {
        requireTeam(actor);
        List<Problem> problems = new ArrayList<>();
        required(problems, "channel", cmd.channel());
        PoliticalParty party = cmd.partyId() == null ? null : em.find(PoliticalParty.class, cmd.partyId());
        String other = text(problems, "partyOther", cmd.partyOther(), HelpdeskConsultation.PARTY_LENGTH, false);
        if (party == null && other == null) {
            problems.add(new Problem("party", "helpdesk.party.required"));
        }
        String name = text(problems, "representative", cmd.representative(), HelpdeskConsultation.NAME_LENGTH, true);
        String phone = null;
        boolean conversation = cmd.channel() != null && cmd.channel().readBack();
        if (blankToNull(cmd.phone()) != null || conversation) {
            Optional<PhoneNumber> parsed = PhoneNumber.parse(cmd.phone());
            if (parsed.isEmpty()) {
                problems.add(new Problem("phone", "intake.phone.invalid"));
            } else {
                phone = parsed.get().e164();
            }
        }
        String mail = email(problems, "email", cmd.email(), HelpdeskConsultation.EMAIL_LENGTH,
                cmd.channel() == HelpdeskChannel.EMAIL);
        required(problems, "topic", cmd.topic());
        String problem = text(problems, "problem", cmd.problem(), MAX_TEXT, true);
        Long ticketId = cmd.ticketId();
        Long guestId = cmd.guestEntryId();
        if (ticketId != null) {
            QueueTicket ticket = ticket(actor, ticketId);
            guestId = guestId != null ? guestId : ticket.getGuestEntryId();
        }
        if (guestId != null) {
            guest(actor, guestId);
        }
        if ((ticketId != null || guestId != null) && cmd.channel() != HelpdeskChannel.FACE_TO_FACE) {
            problems.add(new Problem("channel", "helpdesk.channel.visitFaceToFace"));
        }
        Office office = actor.getOffice();
        Instant now = clock.instant();
        Instant receivedAt = now;
        if (cmd.askedAt() != null) {
            // HD-3: a question from the messaging group or the mailbox counts from when it was asked
            receivedAt = cmd.askedAt().atZone(office.getZone()).toInstant();
            if (cmd.channel() == HelpdeskChannel.FACE_TO_FACE || receivedAt.isAfter(now.plusSeconds(60))
                    || receivedAt.isBefore(now.minus(MAX_ASKED_BEFORE))) {
                problems.add(new Problem("askedAt", "helpdesk.askedAt.invalid", MAX_ASKED_BEFORE.toDays()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        String number = nextNumber(office, now);
        HelpdeskConsultation c = new HelpdeskConsultation(office.getId(), number, cmd.channel(),
                new HelpdeskConsultation.Party(party, other, name, phone, mail), cmd.topic(), problem, receivedAt,
                actor.getUsername(), new HelpdeskConsultation.Origin(guestId, ticketId));
        em.persist(c);
        em.flush();
        thread(c, actor, HelpdeskEntryKind.RECEIVED, null, now);
        return c;
    }

    /** The next consultation number of an office in the year of {@code now} (HD-1811-2026-000001). */
    String nextNumber(Office office, Instant now) {
        int year = now.atZone(office.getZone()).getYear();
        int seq = counters.next(office.getId(), SERIES, Integer.toString(year));
        return String.format("HD-%s-%d-%06d", office.getCode(), year, seq);
    }

    /** HD-6: the problem read back and confirmed by the party (with the officer's corrected wording, if any). */
    public HelpdeskConsultation confirm(StaffAccount actor, long id, String correctedProblem) {
        HelpdeskConsultation c = workable(actor, id);
        List<Problem> problems = new ArrayList<>();
        String corrected = text(problems, "correctedProblem", correctedProblem, MAX_TEXT, false);
        InvalidInputException.throwIfAny(problems);
        boolean changed = corrected != null && !corrected.equals(c.getProblem());
        Instant now = clock.instant();
        c.confirm(changed ? corrected : null, now);
        thread(c, actor, HelpdeskEntryKind.CONFIRMED, changed ? corrected : null, now);
        return c;
    }

    /**
     * HD-6: the answer, with its references (regulation, technical guide, FAQ); {@code toSipolIt} flags a problem of
     * the SIPOL party-user application to the SIPOL IT team. An e-mail consultation's answer is mailed to the party
     * in the thread of its mails (HD-3).
     */
    public HelpdeskConsultation answer(StaffAccount actor, long id, String answer, String references,
            boolean toSipolIt) {
        return answer(actor, id, answer, references, toSipolIt, List.of());
    }

    /** {@link #answer(StaffAccount, long, String, String, boolean) Answers} with FAQ entries, linked and counted. */
    public HelpdeskConsultation answer(StaffAccount actor, long id, String answer, String references,
            boolean toSipolIt, List<Long> faqIds) {
        HelpdeskConsultation c = workable(actor, id);
        List<Problem> problems = new ArrayList<>();
        String text = text(problems, "answer", answer, MAX_TEXT, true);
        String refs = text(problems, "references", references, HelpdeskConsultation.REFERENCES_LENGTH, false);
        InvalidInputException.throwIfAny(problems);
        boolean newlyFlagged = toSipolIt && !c.isSipolIt();
        Instant now = clock.instant();
        faq.link(actor, c.getId(), faqIds);
        c.answer(text, refs, toSipolIt, actor.getUsername(), now);
        thread(c, actor, HelpdeskEntryKind.ANSWERED, refs == null ? text : text + "\n— " + refs, now);
        if (c.getChannel() == HelpdeskChannel.EMAIL) {
            replies.reply(actor, c, text, refs, now);
        }
        if (newlyFlagged) {
            thread(c, actor, HelpdeskEntryKind.SIPOL_IT_FLAGGED, null, now);
        }
        return c;
    }

    /**
     * Completes or corrects who consults (the party of an e-mail is not known at first) and the topic, before the
     * consultation is closed; the thread keeps what it was.
     */
    public HelpdeskConsultation amend(StaffAccount actor, long id, Long partyId, String partyOther,
            String representative, String email, ConsultationTopic topic) {
        HelpdeskConsultation c = workable(actor, id);
        List<Problem> problems = new ArrayList<>();
        PoliticalParty party = partyId == null ? null : em.find(PoliticalParty.class, partyId);
        String other = text(problems, "amendPartyOther", partyOther, HelpdeskConsultation.PARTY_LENGTH, false);
        if (party == null && other == null) {
            problems.add(new Problem("amendParty", "helpdesk.party.required"));
        }
        String name = text(problems, "amendRepresentative", representative, HelpdeskConsultation.NAME_LENGTH, true);
        String mail = email(problems, "amendEmail", email, HelpdeskConsultation.EMAIL_LENGTH,
                c.getChannel() == HelpdeskChannel.EMAIL);
        required(problems, "amendTopic", topic);
        InvalidInputException.throwIfAny(problems);
        String before = c.partyName() + " · " + c.getRepresentative() + " · " + c.getTopic();
        c.amend(new HelpdeskConsultation.Party(party, other, name, c.getPhone(), mail), topic);
        thread(c, actor, HelpdeskEntryKind.DETAILS_AMENDED, before, clock.instant());
        return c;
    }

    /** HD-6: did the party understand? No: the answer is repeated (counted) and may be reworded; yes: closed. */
    public HelpdeskConsultation understood(StaffAccount actor, long id, boolean yes) {
        HelpdeskConsultation c = workable(actor, id);
        Instant now = clock.instant();
        c.understood(yes, now);
        thread(c, actor, yes ? HelpdeskEntryKind.UNDERSTOOD : HelpdeskEntryKind.NOT_UNDERSTOOD, null, now);
        return c;
    }

    /** The printed number of a helpdesk ticket of the actor's office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String ticketNumber(StaffAccount actor, long ticketId) {
        return ticket(actor, ticketId).getNumber();
    }

    /** The active parties, by ballot number (parties-to-be are typed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoliticalParty> parties() {
        return em.createQuery("select p from PoliticalParty p where p.active = true "
                + "order by case when p.ballotNumber is null then 1 else 0 end, p.ballotNumber, p.name",
                PoliticalParty.class).getResultList();
    }

    /** A line of the thread, written in the caller's transaction. */
    void thread(HelpdeskConsultation c, StaffAccount actor, HelpdeskEntryKind kind, String body, Instant at) {
        em.persist(new HelpdeskEntry(c, actor, at, kind, body));
    }

    /** The consultation, locked, when the actor's office received it and holds it now, and the actor is its team. */
    HelpdeskConsultation workable(StaffAccount actor, long id) {
        requireTeam(actor);
        HelpdeskConsultation c = em.find(HelpdeskConsultation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "helpdesk.notFound");
        }
        return c;
    }

    static void requireTeam(StaffAccount actor) {
        if (!actor.hasAnyRole(Role.HELPDESK_TEAM)) {
            throw new InvalidInputException(null, "helpdesk.notTeam");
        }
    }

    private QueueTicket ticket(StaffAccount actor, long ticketId) {
        QueueTicket t = em.find(QueueTicket.class, ticketId);
        if (t == null || t.getOfficeId() != actor.getOffice().getId()
                || t.getCurrentService() != QueueService.SIPOL_HELPDESK) {
            throw new InvalidInputException("ticketId", "helpdesk.ticket.invalid");
        }
        return t;
    }

    private GuestEntry guest(StaffAccount actor, long entryId) {
        GuestEntry g = em.find(GuestEntry.class, entryId);
        if (g == null || g.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException("guestEntryId", "helpdesk.guest.invalid");
        }
        return g;
    }

    private Optional<PoliticalParty> partyNamed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return em.createQuery("select p from PoliticalParty p where lower(p.name) = lower(:t) or lower(p.code) = "
                + "lower(:t)", PoliticalParty.class).setParameter("t", t).getResultStream().findFirst();
    }
}
