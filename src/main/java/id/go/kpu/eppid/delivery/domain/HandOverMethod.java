package id.go.kpu.eppid.delivery.domain;

/** How the outcome reaches the applicant (REQ-4 steps 11 and 13, REQ-5). */
public enum HandOverMethod {
    /** Collected at the desk; the recipient signs on screen. */
    COLLECTION,
    /** Sent by post or courier to the applicant's address. */
    POST,
    /** Sent by the portal by e-mail with the letter and data attached. */
    EMAIL,
    /** Sent by the officer on WhatsApp (click-to-chat link prepared by the portal; the portal does not send it). */
    WHATSAPP;

    /** Whether the applicant received it electronically, and so may download it on the tracking page. */
    public boolean electronic() {
        return this == EMAIL || this == WHATSAPP;
    }
}
