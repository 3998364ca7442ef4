package id.go.kpu.eppid.outgoing.domain;

/** Where an outgoing letter stands: a draft can be edited, approved (numbered, final, immutable) or cancelled. */
public enum LetterStatus {
    DRAFT, APPROVED, CANCELLED
}
