package id.go.kpu.eppid.shared.pdf;

import java.util.Objects;

/**
 * The letterhead (kop surat) printed at the top of every official document of an office.
 *
 * @param officeHeading the office name as printed, e.g. {@code "KOMISI PEMILIHAN UMUM KOTA KUPANG"};
 *                      printed in capitals; a {@code '\n'} forces a line break
 * @param address       the postal address on one line; may be {@code null} or blank
 * @param email         the office email address; may be {@code null} or blank
 * @param whatsapp      the office WhatsApp number; may be {@code null} or blank
 */
public record Letterhead(String officeHeading, String address, String email, String whatsapp) {

    /** Requires a non-blank {@code officeHeading}. */
    public Letterhead {
        Objects.requireNonNull(officeHeading, "officeHeading");
        if (officeHeading.isBlank()) {
            throw new IllegalArgumentException("officeHeading is blank");
        }
    }
}
