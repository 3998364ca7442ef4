package id.go.kpu.eppid.objection.domain;

/** How an objection reached the office (LAW-3): on the portal by the applicant, at the desk, or by letter. */
public enum ObjectionChannel {
    ONLINE, DESK, LETTER
}
