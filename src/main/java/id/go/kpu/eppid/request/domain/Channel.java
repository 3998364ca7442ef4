package id.go.kpu.eppid.request.domain;

/** How a request reached the office (REQ-1, CON-1). */
public enum Channel {
    ONLINE, WALK_IN, LETTER, WHATSAPP, EMAIL, PHONE, SOCIAL_MEDIA
}
