package id.go.kpu.eppid.guestbook.domain;

/**
 * Why a guest comes (REQ-3, CON-3, HD-4): the desk directs information and consultation applicants to the front
 * office and party liaison officers to the SIPOL helpdesk.
 */
public enum VisitPurpose {
    INFORMATION_REQUEST, CONSULTATION, SIPOL_HELPDESK, DELIVER_LETTER, MEETING, OTHER;

    /** True when the visit normally ends in a request registered by the front office. */
    public boolean leadsToRequest() {
        return this == INFORMATION_REQUEST || this == CONSULTATION;
    }
}
