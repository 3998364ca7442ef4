package id.go.kpu.eppid.request.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An identity document as a person shows it at the desk or scans it online (REQ-2, HD-16): its type and number,
 * normalised (a NIK must be a valid 16-digit NIK; a passport or other card 3–32 letters, digits and separators).
 * Personal data: {@link #toString()} and {@link #masked()} hide the number.
 */
public record IdDocument(IdType type, String number) {

    private static final Pattern OTHER = Pattern.compile("[A-Za-z0-9./\\- ]{3,32}");

    /** Parses a typed number for the given type; empty when it is not valid for that type. */
    public static Optional<IdDocument> parse(IdType type, String raw) {
        if (type == null || raw == null) {
            return Optional.empty();
        }
        if (type == IdType.NIK) {
            return Nik.parse(raw).map(n -> new IdDocument(type, n.value()));
        }
        String trimmed = raw.trim();
        return OTHER.matcher(trimmed).matches() ? Optional.of(new IdDocument(type, trimmed)) : Optional.empty();
    }

    /** The bundle key of the message for an invalid number of this type. */
    public static String invalidKey(IdType type) {
        return type == IdType.NIK ? "intake.nik.invalid" : "intake.idNumber.invalid";
    }

    /** For staff lists: a NIK keeps its region digits, other numbers their last two characters. */
    public String masked() {
        if (type == IdType.NIK) {
            return Nik.parse(number).map(Nik::masked).orElse("****");
        }
        return "*".repeat(Math.max(0, number.length() - 2)) + number.substring(Math.max(0, number.length() - 2));
    }

    @Override
    public String toString() {
        return type + " " + masked();
    }
}
