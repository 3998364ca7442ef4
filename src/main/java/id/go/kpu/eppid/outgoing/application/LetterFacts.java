package id.go.kpu.eppid.outgoing.application;

import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Supplies the case-specific facts of a letter: implemented (as a CDI bean) by the feature that holds them —
 * processing for decisions, classifications and extensions; consultation for the consultation's result. The
 * letters feature adds the common facts (office, applicant, request, number, date, signer) and renders the template.
 *
 * <p>Values are {@code String}, or {@code List<Map<String, String>>} for repeated parts (e.g. {@code items}). Keys by
 * type (all optional in a template; a template that names a key the facts lack renders it empty):
 * <ul>
 * <li>ACCEPTANCE: {@code items} [{@code description}], {@code dataFiles} [{@code name}], {@code notes}</li>
 * <li>PARTIAL_GRANT: {@code items} [{@code description, classification, category, categoryText, harm,
 * publicInterest, legalBasis, redaction}], {@code dataFiles}, {@code objectionDeadline}, {@code objectionTo}</li>
 * <li>REFUSAL: {@code items} as above (the excepted ones), {@code objectionDeadline}, {@code objectionTo}</li>
 * <li>NOT_HELD: {@code holderBody}, {@code notes}</li>
 * <li>EXTENSION: {@code extensionReason}, {@code extensionDays}, {@code previousDueDate}, {@code newDueDate}</li>
 * <li>CONSULTATION_ANSWER: {@code consultationDate}, {@code consultedWith}, {@code result}</li>
 * <li>OBJECTION_DECISION: {@code objectionNumber}, {@code objectionDate}, {@code grounds} [{@code letter, text}],
 * {@code decision}, {@code decisionReason}, {@code disclosureOrdered} (set only when disclosure is ordered),
 * {@code commissionDeadline}</li>
 * </ul>
 */
public interface LetterFacts {

    /** The letter types this provider can give facts for on this request now (empty when none). */
    Set<OutgoingLetterType> applicable(ServiceRequest request);

    /** The facts for a letter of {@code type}, in {@code locale} (dates written out in that language). */
    Map<String, Object> facts(ServiceRequest request, OutgoingLetterType type, Locale locale);
}
