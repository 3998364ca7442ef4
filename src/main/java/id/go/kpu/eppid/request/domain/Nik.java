package id.go.kpu.eppid.request.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan: the 16-digit national identity number on the e-KTP. Checked for shape: province code
 * 11–94, regency and district codes, a birth date (day + 40 for women) that exists, and a serial that is not 0000.
 * It is personal data: {@link #toString()} masks it, and it never appears in logs or public pages.
 */
public final class Nik {

    private final String value;

    private Nik(String value) {
        this.value = value;
    }

    /** Parses a NIK, ignoring spaces, dots and dashes; empty when it is not a plausible NIK. */
    public static Optional<Nik> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{16}")) {
            return Optional.empty();
        }
        int province = Integer.parseInt(digits.substring(0, 2));
        int regency = Integer.parseInt(digits.substring(2, 4));
        int district = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int serial = Integer.parseInt(digits.substring(12, 16));
        if (province < 11 || province > 94 || regency == 0 || district == 0 || serial == 0) {
            return Optional.empty();
        }
        if (day > 40) {
            day -= 40;
        }
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return Optional.empty();
        }
        return Optional.of(new Nik(digits));
    }

    public String value() {
        return value;
    }

    /** The first six digits (region) and the rest masked, for staff lists. */
    public String masked() {
        return value.substring(0, 6) + "**********";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
