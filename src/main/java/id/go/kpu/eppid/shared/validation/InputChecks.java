package id.go.kpu.eppid.shared.validation;

import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every form of the portal applies to typed text, collecting {@link Problem}s (field + bundle key) so
 * that all of them are shown at once next to their fields.
 */
public final class InputChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private InputChecks() {
    }

    /** Trimmed text, or null when blank; a problem when required and blank, or longer than {@code max}. */
    public static String text(List<Problem> problems, String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, "validation.required"));
            }
            return null;
        }
        if (trimmed.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
        return trimmed;
    }

    /** An optional (or required) e-mail address, trimmed; a problem when it is not one. */
    public static String email(List<Problem> problems, String field, String value, int max, boolean required) {
        String email = text(problems, field, value, max, required);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem(field, "intake.email.invalid"));
        }
        return email;
    }

    /**
     * An optional (or required) web address, trimmed: only absolute {@code http} or {@code https} addresses with a
     * host (so no {@code javascript:} or relative link reaches a page).
     */
    public static String link(List<Problem> problems, String field, String value, int max, boolean required) {
        String link = text(problems, field, value, max, required);
        if (link != null) {
            try {
                java.net.URI uri = new java.net.URI(link);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problems.add(new Problem(field, "validation.link"));
                }
            } catch (java.net.URISyntaxException e) {
                problems.add(new Problem(field, "validation.link"));
            }
        }
        return link;
    }

    /** Whether {@code value} looks like an e-mail address (the same rule as {@link #email}). */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** How far back the desk may date something it received (a letter that waited in the mail room). */
    public static final int RECEIVED_DAYS_BACK = 60;

    /**
     * When the desk received something it records now: {@code day} (an office date; null or today means now), or a
     * problem at {@code field} when it is in the future or more than {@value #RECEIVED_DAYS_BACK} days back.
     */
    public static java.time.Instant receivedAt(List<Problem> problems, String field, java.time.LocalDate day,
            java.time.ZoneId zone, java.time.Clock clock) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zone));
        if (day == null || day.equals(today)) {
            return clock.instant();
        }
        if (day.isAfter(today) || day.isBefore(today.minusDays(RECEIVED_DAYS_BACK))) {
            problems.add(new Problem(field, "validation.receivedOn", RECEIVED_DAYS_BACK));
        }
        return day.atStartOfDay(zone).toInstant();
    }

    /** Trimmed text, or null when blank (for optional fields already checked). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A problem when {@code value} is null. */
    public static void required(List<Problem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new Problem(field, "validation.required"));
        }
    }
}
