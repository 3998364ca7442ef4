package id.go.kpu.eppid.guestbook.domain;

import id.go.kpu.eppid.queue.domain.QueueService;

/**
 * Why a guest comes (REQ-3, CON-3, HD-4): the desk directs information and consultation applicants to the front
 * office and party liaison officers to the SIPOL helpdesk.
 */
public enum VisitPurpose {
    INFORMATION_REQUEST, CONSULTATION, SIPOL_HELPDESK, DELIVER_LETTER, MEETING, OTHER;

    /** The queue a guest with this purpose waits in (HD-5), or null when the visit needs no desk. */
    public QueueService queueService() {
        return switch (this) {
            case INFORMATION_REQUEST -> QueueService.INFORMATION;
            case CONSULTATION -> QueueService.CONSULTATION;
            case SIPOL_HELPDESK -> QueueService.SIPOL_HELPDESK;
            default -> null;
        };
    }

    /** True when the visit normally ends in a request registered by the front office. */
    public boolean leadsToRequest() {
        return this == INFORMATION_REQUEST || this == CONSULTATION;
    }
}
