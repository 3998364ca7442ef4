package id.go.kpu.eppid.objection.domain;

/**
 * LAW-3 (UU 14/2008 Pasal 37–39): how a public-information dispute at the Information Commission (Komisi Informasi)
 * ended, or that it is still pending.
 */
public enum DisputeOutcome {
    /** Registered, not yet decided. */
    PENDING,
    /** Settled by mediation (Pasal 39). */
    MEDIATED,
    /** Adjudication: the applicant's request granted in full. */
    GRANTED,
    /** Adjudication: granted in part. */
    PARTLY_GRANTED,
    /** Adjudication: rejected, the office's decision stands. */
    REJECTED,
    /** Withdrawn by the applicant or dismissed (gugur). */
    WITHDRAWN
}
