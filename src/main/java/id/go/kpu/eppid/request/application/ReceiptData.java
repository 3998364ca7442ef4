package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.shared.pdf.Letterhead;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * What the receipt ("tanda terima") of a registered request shows; input of {@link ReceiptPdf}.
 * Labels such as {@code kindLabel} and {@code channelLabel} are already translated into {@code locale}.
 *
 * @param letterhead         the letterhead of the office that registered the request
 * @param registrationNumber the registration number, printed prominently
 * @param kindLabel          the kind of request, e.g. "Permohonan Informasi"
 * @param applicantName      the applicant (person or institution)
 * @param subject            the information asked for, or the subject of the consultation
 * @param channelLabel       the channel the request came in by, e.g. "Formulir daring e-PPID"
 * @param receivedAt         when the request was received, in the office's time zone
 * @param dueAt              when the reply is due, in the office's time zone
 * @param trackingCode       the secret code the applicant follows the request with
 * @param trackingUrl        the tracking page address, encoded into the QR code
 * @param locale             the language of the receipt (dates are formatted in it)
 */
public record ReceiptData(
        Letterhead letterhead,
        String registrationNumber,
        String kindLabel,
        String applicantName,
        String subject,
        String channelLabel,
        ZonedDateTime receivedAt,
        ZonedDateTime dueAt,
        String trackingCode,
        String trackingUrl,
        Locale locale) {

    /** Requires every component. */
    public ReceiptData {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(kindLabel, "kindLabel");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(channelLabel, "channelLabel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        Objects.requireNonNull(locale, "locale");
    }
}
