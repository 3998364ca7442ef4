package id.go.kpu.eppid.processing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** REQ-6, LAW-2: the outcome follows from the analysis; nothing is decided while something is missing. */
class DecisionRulesTest {

    private static RequestedItem item(Classification c) {
        RequestedItem item = new RequestedItem(null, 1, "Salinan formulir C");
        item.classify(c, null, null, null, null, null, "kasubag", Instant.EPOCH);
        return item;
    }

    private static RequestedItem open() {
        return item(Classification.NOT_EXCEPTED);
    }

    @Test
    void notHeldNeedsTheBodyThatHoldsIt() {
        assertEquals(List.of("decision.missing.held"), DecisionRules.problems(null, null, List.of()));
        assertEquals(List.of("decision.missing.holder"), DecisionRules.problems(false, " ", List.of()));
        assertTrue(DecisionRules.problems(false, "Bawaslu Kota Kupang", List.of()).isEmpty());
        assertEquals(DecisionOutcome.NOT_HELD, DecisionRules.outcome(false, List.of()));
    }

    @Test
    void heldNeedsItemsEachFullyClassified() {
        assertEquals(List.of("decision.missing.items"), DecisionRules.problems(true, null, List.of()));
        // an excepted item without category, consequence test and legal basis is incomplete (LAW-2)
        assertEquals(List.of("decision.missing.classification"),
                DecisionRules.problems(true, null, List.of(open(), item(Classification.EXCEPTED))));
        assertEquals(List.of("decision.missing.classification"),
                DecisionRules.problems(true, null, List.of(item(null))));
        assertTrue(DecisionRules.problems(true, null, List.of(open())).isEmpty());
    }

    @Test
    void theOutcomeFollowsFromTheClassifications() {
        assertEquals(DecisionOutcome.GRANTED, DecisionRules.outcome(true, List.of(open(), open())));
        assertEquals(DecisionOutcome.REFUSED, DecisionRules.outcome(true, List.of(item(Classification.EXCEPTED))));
        assertEquals(DecisionOutcome.PARTIALLY_GRANTED,
                DecisionRules.outcome(true, List.of(open(), item(Classification.EXCEPTED))));
        assertEquals(DecisionOutcome.PARTIALLY_GRANTED,
                DecisionRules.outcome(true, List.of(item(Classification.PARTIALLY_EXCEPTED))));
    }

    @Test
    void anOpenItemKeepsNoStaleCategoryOrReasoning() {
        RequestedItem item = new RequestedItem(null, 1, "Daftar pemilih");
        item.classify(Classification.NOT_EXCEPTED, null, "harm", "interest", "basis", "redaction", "x", Instant.EPOCH);
        assertEquals(null, item.getHarm());
        assertEquals(null, item.getRedaction());
        assertTrue(item.isComplete());
    }

    @Test
    void eachOutcomeHasItsLetter() {
        for (DecisionOutcome o : DecisionOutcome.values()) {
            assertTrue(o.letter() != null, o.name());
        }
    }
}
