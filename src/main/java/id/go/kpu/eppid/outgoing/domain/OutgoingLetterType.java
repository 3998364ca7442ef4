package id.go.kpu.eppid.outgoing.domain;

/**
 * The outgoing letters a request can end with (REQ-4, REQ-6, LAW-1, LAW-2, CON-3). Each has its own template per
 * office and language, and its own facts (see {@code LetterFacts}).
 */
public enum OutgoingLetterType {
    /** REQ-4/REQ-6: written notice that the request is granted, with the data attached or listed. */
    ACCEPTANCE,
    /** REQ-6, LAW-2: partial grant, naming the blacked-out parts and why (penjelasan penghitaman). */
    PARTIAL_GRANT,
    /** REQ-6, LAW-2: refusal decision with the Pasal 17 category, the consequence test and the right to object. */
    REFUSAL,
    /** The office does not hold the information; names the body that does. */
    NOT_HELD,
    /** LAW-1: the deadline is extended once, with the reason and the new due date. */
    EXTENSION,
    /** CON-3: a letter-based consultation is answered in writing. */
    CONSULTATION_ANSWER,
    /** LAW-3: the PPID's superior answers an objection (upholds the PPID, or orders disclosure). */
    OBJECTION_DECISION
}
