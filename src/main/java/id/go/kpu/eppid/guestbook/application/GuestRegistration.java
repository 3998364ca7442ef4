package id.go.kpu.eppid.guestbook.application;

import id.go.kpu.eppid.guestbook.domain.VisitPurpose;
import id.go.kpu.eppid.request.domain.IdType;

/**
 * What the security desk types for a new guest (REQ-3, HD-4, HD-16), as typed; {@link GuestBook#register} validates.
 *
 * @param signatureDataUrl the signature drawn on screen, as a {@code data:image/png;base64,…} URL
 */
public record GuestRegistration(String name, String institution, String phone, String email, VisitPurpose purpose,
        String purposeNote, String visiting, IdType idType, String idNumber, boolean idHeld, Long cardId,
        String signatureDataUrl) {
}
