package id.go.kpu.eppid.outgoing.application;

import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.outgoing.domain.LetterNumberFormat;
import id.go.kpu.eppid.outgoing.domain.LetterStatus;
import id.go.kpu.eppid.outgoing.domain.LetterTemplate;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.outgoing.domain.SignatureMethod;
import id.go.kpu.eppid.outgoing.domain.SigningRules;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.validation.InputChecks;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Outgoing letters of a request (REQ-4, REQ-6, LAW-1, LAW-2, LAW-3, CON-3): which letter types a request offers (those
 * some {@link LetterFacts} provider lists), drafting from the office's template with the common facts and the
 * providers' facts, editing the draft, approval by the chosen signing official — who gets the number from the
 * office's yearly series and the final PDF stored with its SHA-256 — and cancelling a draft. Every step is office-scoped
 * (another office's letter or request is "not found"), writes a line on the request's history and the office's audit
 * trail.
 *
 * <p>For delivery: {@link #approvedLetters(ServiceRequest)} lists what can be sent, {@link #approvedPdf(OutgoingLetter)}
 * gives the stored PDF's bytes (its {@link OutgoingLetter#getPdf() FileDetails} name, type, size and SHA-256 too).
 *
 * <p>Common facts every template can use: {@value #OFFICE_NAME}, {@value #OFFICE_ADDRESS}, {@value #OFFICE_EMAIL},
 * {@value #OFFICE_CITY}, {@value #OFFICE_CODE}, {@value #REGISTRATION_NUMBER}, {@value #RECEIVED_DATE},
 * {@value #DUE_DATE}, {@value #APPLICANT_NAME}, {@value #APPLICANT_ADDRESS}, {@value #APPLICANT_EMAIL},
 * {@value #SUBJECT}, {@value #PURPOSE}, {@value #TODAY}, {@value #SIGNER_NAME}, {@value #SIGNER_POSITION}; dates are
 * written out in the letter's language.
 */
@ApplicationScoped
public class OutgoingLetters {

    /** The {@link OfficeCounters} series of letter numbers (per office and year). */
    public static final String SERIES = "OUTGOING";
    static final String AUDIT_SUBJECT = "OUTGOING_LETTER";

    public static final String OFFICE_NAME = "officeName";
    public static final String OFFICE_ADDRESS = "officeAddress";
    public static final String OFFICE_EMAIL = "officeEmail";
    public static final String OFFICE_CITY = "officeCity";
    public static final String OFFICE_CODE = "officeCode";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String RECEIVED_DATE = "receivedDate";
    public static final String DUE_DATE = "dueDate";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String APPLICANT_ADDRESS = "applicantAddress";
    public static final String APPLICANT_EMAIL = "applicantEmail";
    public static final String SUBJECT = "subject";
    public static final String PURPOSE = "purpose";
    public static final String TODAY = "today";
    public static final String SIGNER_NAME = "signerName";
    public static final String SIGNER_POSITION = "signerPosition";

    private static final System.Logger LOG = System.getLogger(OutgoingLetters.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<LetterFacts> providers;

    @Inject
    private LetterTemplates templates;

    @Inject
    private OfficeCounters counters;

    @Inject
    private AuditTrail audit;

    @Inject
    private StaffDirectory staff;

    @Inject
    private PortalFiles files;

    private final Clock clock = Clock.systemUTC();

    // ---------------------------------------------------------------- what may be done

    /** Whether {@code actor} may draft letters on the request: its assigned official, or the Chair, Secretary, PPID operator. */
    public boolean mayDraft(StaffAccount actor, ServiceRequest request) {
        return sameOffice(actor, request.getOffice().getId()) && (actor.hasAnyRole(SigningRules.DRAFTERS)
                || request.getAssignee() != null && request.getAssignee().getId().equals(actor.getId()));
    }

    /** The letter types {@code actor} can draft on the request now: those some provider lists (empty if may not draft). */
    public Set<OutgoingLetterType> offeredTypes(StaffAccount actor, ServiceRequest request) {
        Set<OutgoingLetterType> types = EnumSet.noneOf(OutgoingLetterType.class);
        if (!mayDraft(actor, request)) {
            return types;
        }
        for (LetterFacts provider : providers) {
            types.addAll(provider.applicable(request));
        }
        return types;
    }

    /** The active officials of the actor's office who may sign a letter of this type ({@link SigningRules}). */
    public List<StaffAccount> signers(StaffAccount actor, OutgoingLetterType type) {
        return staff.withAnyRole(actor.getOffice().getId(), SigningRules.signerRoles(type));
    }

    /** Whether {@code actor} may edit the draft's text: its drafter, its signer, the assigned official, Chair/Secretary. */
    public boolean mayEdit(StaffAccount actor, OutgoingLetter letter) {
        return letter.isDraft() && sameOffice(actor, letter.getOfficeId())
                && (actor.getUsername().equals(letter.getDraftedBy()) || isSigner(actor, letter)
                        || mayDraft(actor, letter.getRequest()));
    }

    /** Only the chosen signing official approves. */
    public boolean mayApprove(StaffAccount actor, OutgoingLetter letter) {
        return letter.isDraft() && sameOffice(actor, letter.getOfficeId()) && isSigner(actor, letter);
    }

    /** The drafter, the signer and the Chair/Secretary may cancel a draft. */
    public boolean mayCancel(StaffAccount actor, OutgoingLetter letter) {
        return letter.isDraft() && sameOffice(actor, letter.getOfficeId())
                && (actor.getUsername().equals(letter.getDraftedBy()) || isSigner(actor, letter)
                        || actor.hasAnyRole(SigningRules.SUPERVISORS));
    }

    // ---------------------------------------------------------------- steps

    /**
     * Drafts a letter of {@code type} in {@code language} ("id"/"en") to be signed by {@code signerId}: the office's
     * template rendered with the common facts and those of every provider that offers the type; the rendered text is
     * kept, so the officer can edit it.
     */
    @Transactional
    public OutgoingLetter draft(StaffAccount actor, long requestId, OutgoingLetterType type, Long signerId, String language) {
        ServiceRequest request = request(actor, requestId);
        if (!mayDraft(actor, request)) {
            throw new InvalidInputException(null, "outgoing.notAllowed.draft");
        }
        List<Problem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new Problem("type", "validation.required"));
        } else if (!offeredTypes(actor, request).contains(type)) {
            problems.add(new Problem("type", "outgoing.type.notOffered"));
        }
        if (language == null || !LetterTemplates.LANGUAGES.contains(language)) {
            problems.add(new Problem("language", "outgoing.language.invalid"));
        }
        StaffAccount signer = type == null ? null : signer(problems, actor, type, signerId);
        InvalidInputException.throwIfAny(problems);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> facts = facts(request, type, signer, locale);
        LetterTemplate template = templates.effective(request.getOffice().getId(), type, language);
        String subject = LetterTemplates.oneLine(LetterTemplateEngine.render("subject", template.getSubject(), facts));
        String body = LetterTemplateEngine.render("body", template.getBody(), facts).strip();
        if (body.length() > OutgoingLetter.BODY_LENGTH) {
            body = body.substring(0, OutgoingLetter.BODY_LENGTH);
        }
        Instant now = clock.instant();
        OutgoingLetter letter = new OutgoingLetter(request, type, language, subject.isEmpty() ? type.name() : subject,
                body, truncate(request.getApplicant().getDisplayName(), 200),
                truncate(request.getApplicant().getAddress(), 400), attachments(facts), signer, actor.getUsername(),
                now);
        em.persist(letter);
        em.flush();
        record(letter, actor, now, EventAction.LETTER_DRAFTED, type + ", " + signer.getFullName());
        return letter;
    }

    /** Replaces a draft's subject and body (the body in the {@link id.go.kpu.eppid.outgoing.domain.LetterBody} format). */
    @Transactional
    public OutgoingLetter updateDraft(StaffAccount actor, long letterId, String subject, String body) {
        OutgoingLetter letter = locked(actor, letterId);
        requireDraft(letter);
        if (!mayEdit(actor, letter)) {
            throw new InvalidInputException(null, "outgoing.notAllowed.edit");
        }
        List<Problem> problems = new ArrayList<>();
        String s = InputChecks.text(problems, "subject", subject, OutgoingLetter.SUBJECT_LENGTH, true);
        String b = InputChecks.text(problems, "body", body, OutgoingLetter.BODY_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        letter.editDraft(s.replaceAll("\\s+", " "), b, actor.getUsername(), now);
        audit.record(letter.getOfficeId(), now, actor.getUsername(), AUDIT_SUBJECT, letter.getId(), "LETTER_EDITED",
                letter.getType().name());
        return letter;
    }

    /**
     * The chosen signing official approves the draft: it takes the next number of the office's yearly series in the
     * office's format, records who approved and when ({@link SignatureMethod#PORTAL_APPROVAL}), and the final PDF is
     * rendered and stored with its SHA-256. From then on the letter does not change.
     */
    @Transactional
    public OutgoingLetter approve(StaffAccount actor, long letterId) {
        OutgoingLetter letter = locked(actor, letterId);
        requireDraft(letter);
        if (!isSigner(actor, letter)) {
            throw new InvalidInputException(null, "outgoing.notSigner");
        }
        if (!actor.isActive() || !actor.hasAnyRole(SigningRules.signerRoles(letter.getType()))) {
            throw new InvalidInputException(null, "outgoing.signer.invalid");
        }
        Office office = letter.getRequest().getOffice();
        ZoneId zone = office.getZone();
        Instant now = clock.instant();
        LocalDate date = LocalDate.ofInstant(now, zone);
        LetterNumberFormat format = templates.numberFormat(office.getId());
        int seq = counters.next(office.getId(), SERIES, String.valueOf(date.getYear()));
        String number = format.format(seq, office.getCode(), date);
        Locale locale = Locale.forLanguageTag(letter.getLanguage());
        String approvalLine = Messages.of(locale).get("outgoing.pdf.approvedLine", actor.getFullName(),
                OfficeDateFormat.dateTime(now.atZone(zone), locale));
        byte[] pdf = OutgoingLetterPdf.render(content(letter, number, date, approvalLine, null));

        String fileName = "surat-" + letter.getType().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + number.replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
        letter.approve(number, seq, date.getYear(), actor.getUsername(), now, SignatureMethod.PORTAL_APPROVAL,
                files.keep(pdf, truncate(fileName, 255), "application/pdf"));
        em.flush();
        record(letter, actor, now, EventAction.LETTER_APPROVED, letter.getType() + " " + number);
        return letter;
    }

    /** Cancels a draft, with the reason (required). */
    @Transactional
    public OutgoingLetter cancel(StaffAccount actor, long letterId, String reason) {
        OutgoingLetter letter = locked(actor, letterId);
        requireDraft(letter);
        if (!mayCancel(actor, letter)) {
            throw new InvalidInputException(null, "outgoing.notAllowed.cancel");
        }
        List<Problem> problems = new ArrayList<>();
        String why = InputChecks.text(problems, "cancelReason", reason, 500, true);
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        letter.cancel(actor.getUsername(), now, why);
        record(letter, actor, now, EventAction.LETTER_CANCELLED, truncate(letter.getType() + ": " + why, 500));
        return letter;
    }

    // ---------------------------------------------------------------- reading

    /** The request's letters, oldest first (any status). */
    public List<OutgoingLetter> letters(ServiceRequest request) {
        return em.createQuery("select l from OutgoingLetter l where l.request = :r order by l.id", OutgoingLetter.class)
                .setParameter("r", request).getResultList();
    }

    /** The request's approved letters, in order of approval: what delivery sends or hands over. */
    public List<OutgoingLetter> approvedLetters(ServiceRequest request) {
        return em.createQuery("select l from OutgoingLetter l where l.request = :r and l.status = :s "
                        + "order by l.approvedAt, l.id", OutgoingLetter.class)
                .setParameter("r", request).setParameter("s", LetterStatus.APPROVED).getResultList();
    }

    /** A letter of the actor's office. */
    public Optional<OutgoingLetter> find(StaffAccount actor, long letterId) {
        OutgoingLetter letter = em.find(OutgoingLetter.class, letterId);
        return letter == null || !sameOffice(actor, letter.getOfficeId()) ? Optional.empty() : Optional.of(letter);
    }

    /**
     * The letter as PDF for the actor's office: an approved letter's stored file; for a draft (or cancelled draft) a
     * preview marked "DRAF / DRAFT" without a number. Empty for another office's letter.
     */
    public Optional<byte[]> pdf(StaffAccount actor, long letterId) {
        Optional<OutgoingLetter> found = find(actor, letterId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OutgoingLetter letter = found.get();
        if (letter.isApproved()) {
            return approvedPdf(letter);
        }
        Messages m = Messages.of(Locale.forLanguageTag(letter.getLanguage()));
        LocalDate today = LocalDate.now(letter.getRequest().getOffice().getZone());
        return Optional.of(OutgoingLetterPdf.render(content(letter, null, today, null, m.get("outgoing.pdf.watermark"))));
    }

    /** The stored final PDF of an approved letter (empty for a draft, or if the file is missing — logged). */
    public Optional<byte[]> approvedPdf(OutgoingLetter letter) {
        if (!letter.isApproved() || letter.getPdf() == null) {
            return Optional.empty();
        }
        try (InputStream in = files.open(letter.getPdf().getStoredName())) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Stored PDF of outgoing letter " + letter.getId() + " unreadable", e);
            return Optional.empty();
        }
    }

    /** A page of the office's register of approved letters, newest first. */
    public List<OutgoingLetter> register(long officeId, int first, int max) {
        return em.createQuery("select l from OutgoingLetter l join fetch l.request where l.officeId = :o "
                        + "and l.status = :s order by l.approvedAt desc, l.id desc", OutgoingLetter.class)
                .setParameter("o", officeId).setParameter("s", LetterStatus.APPROVED)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many approved letters the office's register holds. */
    public long registerCount(long officeId) {
        return em.createQuery("select count(l) from OutgoingLetter l where l.officeId = :o and l.status = :s",
                        Long.class)
                .setParameter("o", officeId).setParameter("s", LetterStatus.APPROVED).getSingleResult();
    }

    // ---------------------------------------------------------------- facts

    /** The office's facts every template can use. */
    public static Map<String, Object> officeFacts(Office office, Locale locale) {
        Map<String, Object> f = new HashMap<>();
        f.put(OFFICE_NAME, office.getName());
        f.put(OFFICE_ADDRESS, office.getAddress());
        f.put(OFFICE_EMAIL, office.getEmail());
        f.put(OFFICE_CITY, OfficePlace.of(office));
        f.put(OFFICE_CODE, office.getCode());
        f.put(TODAY, OfficeDateFormat.date(Instant.now().atZone(office.getZone()), locale));
        return f;
    }

    private Map<String, Object> facts(ServiceRequest request, OutgoingLetterType type, StaffAccount signer, Locale locale) {
        Map<String, Object> facts = new HashMap<>();
        for (LetterFacts provider : providers) {
            if (provider.applicable(request).contains(type)) {
                Map<String, Object> given = provider.facts(request, type, locale);
                if (given != null) {
                    facts.putAll(given);
                }
            }
        }
        Office office = request.getOffice();
        ZoneId zone = office.getZone();
        facts.putAll(officeFacts(office, locale)); // the common facts are the letters feature's own
        facts.put(REGISTRATION_NUMBER, request.getRegistrationNumber());
        facts.put(RECEIVED_DATE, OfficeDateFormat.date(request.getReceivedAt().atZone(zone), locale));
        facts.put(DUE_DATE, OfficeDateFormat.date(request.getDueAt().atZone(zone), locale));
        facts.put(APPLICANT_NAME, request.getApplicant().getDisplayName());
        facts.put(APPLICANT_ADDRESS, request.getApplicant().getAddress());
        facts.put(APPLICANT_EMAIL, request.getApplicant().getEmail());
        facts.put(SUBJECT, request.getSubject());
        facts.put(PURPOSE, request.getPurpose());
        facts.put(SIGNER_NAME, signer.getFullName());
        facts.put(SIGNER_POSITION, signer.getPositionTitle());
        return facts;
    }

    private static int attachments(Map<String, Object> facts) {
        return facts.get("dataFiles") instanceof List<?> files ? files.size() : 0;
    }

    private LetterContent content(OutgoingLetter letter, String number, LocalDate date, String approvalLine,
            String watermark) {
        Office office = letter.getRequest().getOffice();
        StaffAccount signer = letter.getSigner();
        return new LetterContent(OfficeLetterhead.of(office), Locale.forLanguageTag(letter.getLanguage()), number,
                OfficePlace.of(office), date, letter.getSubject(), letter.getBody(), letter.getAddressee(),
                letter.getAddresseeAddress(), letter.getAttachmentCount(), signer.getPositionTitle(),
                signer.getFullName(), office.getName(), approvalLine, watermark);
    }

    // ---------------------------------------------------------------- helpers

    private StaffAccount signer(List<Problem> problems, StaffAccount actor, OutgoingLetterType type, Long signerId) {
        StaffAccount signer = signerId == null ? null : em.find(StaffAccount.class, signerId);
        if (signer == null || !signer.isActive() || !sameOffice(actor, signer.getOffice().getId())
                || !signer.hasAnyRole(SigningRules.signerRoles(type))) {
            problems.add(new Problem("signer", signerId == null ? "validation.required" : "outgoing.signer.invalid"));
            return null;
        }
        return signer;
    }

    private void record(OutgoingLetter letter, StaffAccount actor, Instant now, EventAction action, String note) {
        em.persist(new RequestEvent(letter.getRequest(), now, actor.getUsername(), action, null, null,
                truncate(note, 500)));
        audit.record(letter.getOfficeId(), now, actor.getUsername(), AUDIT_SUBJECT, letter.getId(), action.name(),
                truncate(note, 500));
    }

    private ServiceRequest request(StaffAccount actor, long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        if (request == null || !sameOffice(actor, request.getOffice().getId())) {
            throw new InvalidInputException(null, "outgoing.request.notFound");
        }
        return request;
    }

    private OutgoingLetter locked(StaffAccount actor, long letterId) {
        OutgoingLetter letter = em.find(OutgoingLetter.class, letterId, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null || !sameOffice(actor, letter.getOfficeId())) {
            throw new InvalidInputException(null, "outgoing.notFound");
        }
        return letter;
    }

    private static void requireDraft(OutgoingLetter letter) {
        if (!letter.isDraft()) {
            throw new InvalidInputException(null, letter.isApproved() ? "outgoing.alreadyApproved"
                    : "outgoing.notDraft");
        }
    }

    private static boolean isSigner(StaffAccount actor, OutgoingLetter letter) {
        return letter.getSigner().getId().equals(actor.getId());
    }

    private static boolean sameOffice(StaffAccount actor, long officeId) {
        return actor.getOffice().getId() == officeId;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
