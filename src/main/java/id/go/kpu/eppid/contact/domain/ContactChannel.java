package id.go.kpu.eppid.contact.domain;

import id.go.kpu.eppid.request.domain.Channel;

/** Indirect channels through which people ask the office (seed 003 KEDUA.2: telephone, Instagram, Facebook). */
public enum ContactChannel {
    PHONE, INSTAGRAM, FACEBOOK, OTHER_SOCIAL_MEDIA;

    /** The channel a request made from this contact records. */
    public Channel requestChannel() {
        return this == PHONE ? Channel.PHONE : Channel.SOCIAL_MEDIA;
    }
}
