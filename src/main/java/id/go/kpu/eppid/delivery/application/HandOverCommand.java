package id.go.kpu.eppid.delivery.application;

import id.go.kpu.eppid.delivery.domain.HandOverContent;
import id.go.kpu.eppid.delivery.domain.HandOverMethod;

/**
 * A hand-over as the officer enters it: what (data only, or an approved letter with or without the data), how, to
 * whom (name; address, e-mail or WhatsApp number by method), a note, and the recipient's signature (PNG data URL) for
 * a collection at the desk.
 */
public record HandOverCommand(HandOverContent content, Long letterId, HandOverMethod method, String recipientName,
        String recipientContact, String note, String signatureDataUrl) {
}
