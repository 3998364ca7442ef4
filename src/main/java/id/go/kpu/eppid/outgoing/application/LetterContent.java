package id.go.kpu.eppid.outgoing.application;

import id.go.kpu.eppid.shared.pdf.Letterhead;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Everything printed on one outgoing letter, resolved (for a stored letter, a draft preview or a template preview).
 *
 * @param number         the letter number; {@code null} for a draft (printed as "to be given at approval")
 * @param place          the place of the date line, e.g. "Kupang"
 * @param date           the letter's date in the office's zone
 * @param body           the body in the {@link id.go.kpu.eppid.outgoing.domain.LetterBody} format
 * @param signingOffice  the office line under the signer's position, e.g. "Komisi Pemilihan Umum Kota Kupang"
 * @param approvalLine   "approved electronically … by … at …"; {@code null} for a draft
 * @param watermark      a mark across every page ("DRAF / DRAFT" for a draft), or {@code null}
 */
public record LetterContent(Letterhead letterhead, Locale locale, String number, String place, LocalDate date,
        String subject, String body, String addressee, String addresseeAddress, int attachmentCount,
        String signerPosition, String signerName, String signingOffice, String approvalLine, String watermark) {
}
