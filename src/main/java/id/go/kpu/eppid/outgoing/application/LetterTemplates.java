package id.go.kpu.eppid.outgoing.application;

import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.outgoing.domain.LetterNumberFormat;
import id.go.kpu.eppid.outgoing.domain.LetterTemplate;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.validation.InputChecks;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The letter templates and number format of an office (REQ-4, REQ-6): each letter type and language has a national
 * default (shipped by the migration) that an office's administrator may replace with the office's own copy, preview
 * with sample facts, and reset. Templates that do not compile are refused with the line. Administrators only
 * ({@link Role#ADMIN}); always the actor's own office.
 */
@ApplicationScoped
public class LetterTemplates {

    /** The languages a letter can be written in. */
    public static final List<String> LANGUAGES = List.of("id", "en");
    static final String AUDIT_SUBJECT = "LETTER_TEMPLATE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The template an office's letters use: its own copy, else the national default. */
    public LetterTemplate effective(long officeId, OutgoingLetterType type, String language) {
        return officeCopy(officeId, type, language).orElseGet(() -> nationalDefault(type, language));
    }

    /** The office's own copy, if it has one. */
    public Optional<LetterTemplate> officeCopy(long officeId, OutgoingLetterType type, String language) {
        return em.createQuery("select t from LetterTemplate t where t.officeId = :o and t.type = :t "
                        + "and t.language = :l", LetterTemplate.class)
                .setParameter("o", officeId).setParameter("t", type).setParameter("l", language)
                .getResultStream().findFirst();
    }

    /** The national default (every type and language has one, from the migration). */
    public LetterTemplate nationalDefault(OutgoingLetterType type, String language) {
        return em.createQuery("select t from LetterTemplate t where t.officeId is null and t.type = :t "
                        + "and t.language = :l", LetterTemplate.class)
                .setParameter("t", type).setParameter("l", language)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no national template " + type + "/" + language));
    }

    /** Saves the office's own copy of a template after checking that subject and body compile and render. */
    @Transactional
    public LetterTemplate save(StaffAccount actor, OutgoingLetterType type, String language, String subject, String body) {
        requireAdmin(actor);
        String lang = language(type, language);
        List<Problem> problems = new ArrayList<>();
        String s = InputChecks.text(problems, "subject", subject, LetterTemplate.SUBJECT_LENGTH, true);
        String b = InputChecks.text(problems, "body", body, LetterTemplate.BODY_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        checkRenders(type, lang, s, b);
        long officeId = actor.getOffice().getId();
        Instant now = clock.instant();
        LetterTemplate copy = officeCopy(officeId, type, lang).orElse(null);
        if (copy == null) {
            copy = new LetterTemplate(officeId, type, lang, s, b, actor.getUsername(), now);
            em.persist(copy);
            em.flush();
        } else {
            copy.edit(s, b, actor.getUsername(), now);
        }
        audit.record(officeId, now, actor.getUsername(), AUDIT_SUBJECT, copy.getId(), "TEMPLATE_SAVED",
                type + "/" + lang);
        return copy;
    }

    /** Drops the office's own copy, so its letters use the national default again. */
    @Transactional
    public void resetToDefault(StaffAccount actor, OutgoingLetterType type, String language) {
        requireAdmin(actor);
        String lang = language(type, language);
        long officeId = actor.getOffice().getId();
        officeCopy(officeId, type, lang).ifPresent(copy -> {
            audit.record(officeId, clock.instant(), actor.getUsername(), AUDIT_SUBJECT, copy.getId(),
                    "TEMPLATE_RESET", type + "/" + lang);
            em.remove(copy);
        });
    }

    /** The office's outgoing-letter number format. */
    public LetterNumberFormat numberFormat(long officeId) {
        Object pattern = em.createNativeQuery("SELECT outgoing_number_format FROM office WHERE id = ?")
                .setParameter(1, officeId).getSingleResult();
        try {
            return LetterNumberFormat.of(pattern == null ? null : pattern.toString());
        } catch (InvalidInputException e) { // changed outside the portal: fall back rather than fail every approval
            return LetterNumberFormat.of(LetterNumberFormat.DEFAULT);
        }
    }

    /** Sets the office's number format (checked: {@code {seq}} and {@code {year}}, known tokens only). */
    @Transactional
    public LetterNumberFormat saveNumberFormat(StaffAccount actor, String pattern) {
        requireAdmin(actor);
        LetterNumberFormat format = LetterNumberFormat.of(pattern);
        long officeId = actor.getOffice().getId();
        em.createNativeQuery("UPDATE office SET outgoing_number_format = ? WHERE id = ?")
                .setParameter(1, format.pattern()).setParameter(2, officeId).executeUpdate();
        audit.record(officeId, clock.instant(), actor.getUsername(), AUDIT_SUBJECT, officeId, "NUMBER_FORMAT_SAVED",
                format.pattern());
        return format;
    }

    /** An example number in {@code pattern} for the actor's office (the first letter of today's month). */
    public String exampleNumber(StaffAccount actor, String pattern) {
        Office office = actor.getOffice();
        return LetterNumberFormat.of(pattern).format(1, office.getCode(), LocalDate.now(office.getZone()));
    }

    /**
     * A preview PDF of a template as typed (not saved), with made-up facts ({@link SampleFacts}), the office's
     * letterhead and an example number in {@code numberFormat}; marked "CONTOH / SAMPLE".
     */
    public byte[] preview(StaffAccount actor, OutgoingLetterType type, String language, String subject, String body,
            String numberFormat) {
        requireAdmin(actor);
        String lang = language(type, language);
        List<Problem> problems = new ArrayList<>();
        String s = InputChecks.text(problems, "subject", subject, LetterTemplate.SUBJECT_LENGTH, true);
        String b = InputChecks.text(problems, "body", body, LetterTemplate.BODY_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        Office office = actor.getOffice();
        Locale locale = Locale.forLanguageTag(lang);
        Map<String, Object> facts = sampleFacts(office, type, locale);
        String number = LetterNumberFormat.of(numberFormat).format(1, office.getCode(), LocalDate.now(office.getZone()));
        Messages m = Messages.of(locale);
        return OutgoingLetterPdf.render(new LetterContent(OfficeLetterhead.of(office), locale, number,
                OfficePlace.of(office), LocalDate.now(office.getZone()),
                oneLine(LetterTemplateEngine.render("subject", s, facts)),
                LetterTemplateEngine.render("body", b, facts),
                (String) facts.get(OutgoingLetters.APPLICANT_NAME), (String) facts.get(OutgoingLetters.APPLICANT_ADDRESS),
                1, (String) facts.get(OutgoingLetters.SIGNER_POSITION), (String) facts.get(OutgoingLetters.SIGNER_NAME),
                office.getName(), m.get("outgoing.pdf.approvedLine", facts.get(OutgoingLetters.SIGNER_NAME),
                        m.get("outgoing.pdf.sampleTime")), m.get("outgoing.pdf.sample")));
    }

    private void checkRenders(OutgoingLetterType type, String lang, String subject, String body) {
        List<Problem> problems = new ArrayList<>();
        for (String[] part : new String[][] {{"subject", subject}, {"body", body}}) {
            try {
                LetterTemplateEngine.render(part[0], part[1], SampleFacts.of(type, Locale.forLanguageTag(lang)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        InvalidInputException.throwIfAny(problems);
    }

    static Map<String, Object> sampleFacts(Office office, OutgoingLetterType type, Locale locale) {
        Map<String, Object> facts = SampleFacts.of(type, locale);
        facts.putAll(OutgoingLetters.officeFacts(office, locale));
        return facts;
    }

    /** A subject on one line (a template may wrap it). */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > LetterTemplate.SUBJECT_LENGTH ? line.substring(0, LetterTemplate.SUBJECT_LENGTH) : line;
    }

    private static String language(OutgoingLetterType type, String language) {
        List<Problem> problems = new ArrayList<>();
        InputChecks.required(problems, "type", type);
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(new Problem("language", "outgoing.language.invalid"));
        }
        InvalidInputException.throwIfAny(problems);
        return language;
    }

    private static void requireAdmin(StaffAccount actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new InvalidInputException(null, "outgoing.template.notAllowed");
        }
    }

    /** For pages: may this account edit the office's templates? */
    public static boolean mayEdit(StaffAccount actor) {
        return actor.hasAnyRole(Set.of(Role.ADMIN));
    }
}
