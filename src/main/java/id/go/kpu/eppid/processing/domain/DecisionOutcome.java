package id.go.kpu.eppid.processing.domain;

import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;

/**
 * What was decided on an information request (REQ-6, LAW-2): each outcome has the letter that tells the applicant.
 */
public enum DecisionOutcome {
    /** Every item is open: the data is given with a written notice (REQ-6 NOT_EXCEPTED). */
    GRANTED(OutgoingLetterType.ACCEPTANCE),
    /** Some items or parts are excepted: given with the excepted parts blacked out, and why. */
    PARTIALLY_GRANTED(OutgoingLetterType.PARTIAL_GRANT),
    /** Every item is excepted under Pasal 17: refusal with the category, consequence test and the right to object. */
    REFUSED(OutgoingLetterType.REFUSAL),
    /** The office does not hold the information; the notice names the body that does. */
    NOT_HELD(OutgoingLetterType.NOT_HELD);

    private final OutgoingLetterType letter;

    DecisionOutcome(OutgoingLetterType letter) {
        this.letter = letter;
    }

    /** The letter that gives this outcome to the applicant. */
    public OutgoingLetterType letter() {
        return letter;
    }
}
