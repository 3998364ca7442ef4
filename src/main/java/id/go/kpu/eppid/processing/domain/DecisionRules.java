package id.go.kpu.eppid.processing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How the outcome of an information request follows from the analysis (REQ-6, LAW-2): not held → NOT_HELD; held →
 * from the items' classifications (all open → GRANTED, all withheld in full → REFUSED, otherwise PARTIALLY_GRANTED).
 * The decision is refused while something is missing; {@link #problems} names what (bundle keys), so the page can say
 * it in the user's language.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** What still blocks a decision: empty when the analysis and every item's classification are complete. */
    public static List<String> problems(Boolean held, String holderBody, List<RequestedItem> items) {
        List<String> problems = new ArrayList<>();
        if (held == null) {
            problems.add("decision.missing.held");
        } else if (!held) {
            if (holderBody == null || holderBody.isBlank()) {
                problems.add("decision.missing.holder");
            }
        } else if (items.isEmpty()) {
            problems.add("decision.missing.items");
        } else if (items.stream().anyMatch(i -> !i.isComplete())) {
            problems.add("decision.missing.classification");
        }
        return problems;
    }

    /** The outcome; call only when {@link #problems} is empty. */
    public static DecisionOutcome outcome(Boolean held, List<RequestedItem> items) {
        if (!Boolean.TRUE.equals(held)) {
            return DecisionOutcome.NOT_HELD;
        }
        boolean allOpen = items.stream().allMatch(i -> i.getClassification() == Classification.NOT_EXCEPTED);
        boolean allWithheld = items.stream().allMatch(i -> i.getClassification() == Classification.EXCEPTED);
        return allOpen ? DecisionOutcome.GRANTED : allWithheld ? DecisionOutcome.REFUSED
                : DecisionOutcome.PARTIALLY_GRANTED;
    }
}
