package id.go.kpu.eppid.request.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration number of a request: {@code PI-5371-2026-000042} for an information request (permohonan
 * informasi) or {@code PK-…} for a consultation (permohonan konsultasi), with the office code, the year and a
 * sequence that runs per office and year across both kinds, without gaps.
 */
public record RegistrationNumber(RequestKind kind, String officeCode, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(PI|PK)-([A-Z0-9]{1,16})-(\\d{4})-(\\d{6,})");

    @Override
    public String toString() {
        String seq = Integer.toString(sequence); // not String.format: 2 % of a tracking lookup's CPU (issue 8, P4)
        return prefix(kind) + "-" + officeCode + "-" + year + "-" + "0".repeat(Math.max(0, 6 - seq.length())) + seq;
    }

    /** Parses a number as typed by an applicant (case and surrounding spaces ignored). */
    public static Optional<RegistrationNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        RequestKind kind = "PI".equals(m.group(1)) ? RequestKind.INFORMATION : RequestKind.CONSULTATION;
        return Optional.of(new RegistrationNumber(kind, m.group(2), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))));
    }

    private static String prefix(RequestKind kind) {
        return kind == RequestKind.INFORMATION ? "PI" : "PK";
    }
}
