package id.go.kpu.eppid.complaint.domain;

/** REQ-9: how a complaint, suggestion or appreciation came in (seed 004 A.6: in writing, by letter or e-mail). */
public enum ComplaintChannel {
    ONLINE, LETTER, EMAIL, DESK
}
