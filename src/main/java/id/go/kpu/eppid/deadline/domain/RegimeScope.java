package id.go.kpu.eppid.deadline.domain;

/** What a deadline regime applies to. */
public enum RegimeScope {
    /** A request for information under UU 14/2008 (LAW-1). */
    INFORMATION,
    /** A walk-in request for information that is immediately available (REQ-5). */
    INFORMATION_IMMEDIATE,
    /** A consultation request (CON-4). */
    CONSULTATION,
    /** An objection (LAW-3). */
    OBJECTION
}
