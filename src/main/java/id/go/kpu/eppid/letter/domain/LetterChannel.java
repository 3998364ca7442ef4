package id.go.kpu.eppid.letter.domain;

import id.go.kpu.eppid.request.domain.Channel;

/**
 * How a letter reached the office (REQ-1 a–b, CON-1): delivered by hand, by post, or as a PDF/image by WhatsApp or
 * e-mail, which is registered and treated exactly as a delivered letter (seed 004 A.2.1.b).
 */
public enum LetterChannel {
    DELIVERED, POST, WHATSAPP, EMAIL;

    /** The channel recorded on a request the letter contains. */
    public Channel requestChannel() {
        return switch (this) {
            case DELIVERED, POST -> Channel.LETTER;
            case WHATSAPP -> Channel.WHATSAPP;
            case EMAIL -> Channel.EMAIL;
        };
    }

    /** WhatsApp and e-mail letters record the sender's number or address. */
    public boolean needsSenderContact() {
        return this == WHATSAPP || this == EMAIL;
    }
}
