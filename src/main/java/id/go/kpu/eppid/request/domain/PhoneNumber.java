package id.go.kpu.eppid.request.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An Indonesian telephone number normalised to E.164 ({@code +62…}). Accepts the usual ways people write them:
 * {@code 0812-3726-4642}, {@code +62 812 3726 4642}, {@code 62812…}, {@code (0380) 821234}. The national number has
 * 8 to 12 digits and does not start with 0. Personal data: {@link #toString()} masks it.
 */
public final class PhoneNumber {

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /** Parses and normalises; empty when it is not an Indonesian number. */
    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        if (!trimmed.matches("\\+?[\\d\\s().\\-]+")) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("\\D", "");
        String national;
        if (trimmed.startsWith("+")) {
            if (!digits.startsWith("62")) {
                return Optional.empty();
            }
            national = digits.substring(2);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            national = digits;
        }
        if (!national.matches("[1-9]\\d{7,11}")) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber("+62" + national));
    }

    /** Rebuilds from a stored, already normalised value. */
    public static PhoneNumber ofStored(String e164) {
        return new PhoneNumber(e164);
    }

    public String e164() {
        return e164;
    }

    /** Country code, first four digits and last two: {@code +62812******42}. */
    public String masked() {
        return e164.substring(0, 6) + "*".repeat(Math.max(0, e164.length() - 8)) + e164.substring(e164.length() - 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && other.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164);
    }

    @Override
    public String toString() {
        return masked();
    }
}
