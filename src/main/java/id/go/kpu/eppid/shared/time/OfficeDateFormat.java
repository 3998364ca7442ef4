package id.go.kpu.eppid.shared.time;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Formats an office-local {@link ZonedDateTime} in full for letters, receipts and pages, with the Indonesian
 * time-zone abbreviations WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar) and WIT (Asia/Jayapura),
 * whatever the JDK's own zone names say.
 *
 * <pre>
 * OfficeDateFormat.dateTime(t, Locale.forLanguageTag("id")) // "Senin, 23 November 2026 pukul 10.15 WITA"
 * OfficeDateFormat.dateTime(t, Locale.ENGLISH)              // "Monday, 23 November 2026, 10:15 WITA"
 * OfficeDateFormat.date(t, Locale.forLanguageTag("id"))     // "Senin, 23 November 2026"
 * </pre>
 *
 * Indonesian ({@code id}, legacy {@code in}) uses the Indonesian conventions; every other language uses the
 * English layout with that language's day and month names. Thread-safe.
 */
public final class OfficeDateFormat {

    private static final Map<String, String> INDONESIAN_ZONES = Map.of(
            "Asia/Jakarta", "WIB",
            "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA",
            "Asia/Ujung_Pandang", "WITA",
            "Asia/Jayapura", "WIT");

    /** Date patterns per layout: Indonesian and the default (English) one. */
    private static final String DATE_PATTERN = "EEEE, d MMMM yyyy";
    private static final String INDONESIAN_TIME_PATTERN = "HH.mm";
    private static final String DEFAULT_TIME_PATTERN = "HH:mm";
    private static final String INDONESIAN_DATE_TIME_PATTERN = DATE_PATTERN + " 'pukul' " + INDONESIAN_TIME_PATTERN;
    private static final String DEFAULT_DATE_TIME_PATTERN = DATE_PATTERN + ", " + DEFAULT_TIME_PATTERN;

    private OfficeDateFormat() {
    }

    /**
     * Day, date, time and zone, e.g. {@code "Senin, 23 November 2026 pukul 10.15 WITA"} or
     * {@code "Monday, 23 November 2026, 10:15 WITA"}.
     */
    public static String dateTime(ZonedDateTime dateTime, Locale locale) {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(locale, "locale");
        String pattern = isIndonesian(locale) ? INDONESIAN_DATE_TIME_PATTERN : DEFAULT_DATE_TIME_PATTERN;
        return DateTimeFormatter.ofPattern(pattern, locale).format(dateTime) + " " + zoneAbbreviation(dateTime, locale);
    }

    /** Day and date without time, e.g. {@code "Senin, 23 November 2026"} or {@code "Monday, 23 November 2026"}. */
    public static String date(ZonedDateTime dateTime, Locale locale) {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(locale, "locale");
        return DateTimeFormatter.ofPattern(DATE_PATTERN, locale).format(dateTime);
    }

    /** Time and zone, e.g. {@code "10.15 WITA"} or {@code "10:15 WITA"}. */
    public static String time(ZonedDateTime dateTime, Locale locale) {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(locale, "locale");
        String pattern = isIndonesian(locale) ? INDONESIAN_TIME_PATTERN : DEFAULT_TIME_PATTERN;
        return DateTimeFormatter.ofPattern(pattern, locale).format(dateTime) + " " + zoneAbbreviation(dateTime, locale);
    }

    /**
     * The zone abbreviation of the date-time: WIB, WITA or WIT for the Indonesian zones (in every language);
     * otherwise {@code UTC±hh:mm} for a fixed offset or the JDK's short zone name (e.g. {@code CET}).
     */
    public static String zoneAbbreviation(ZonedDateTime dateTime, Locale locale) {
        Objects.requireNonNull(dateTime, "dateTime");
        ZoneId zone = dateTime.getZone();
        String indonesian = INDONESIAN_ZONES.get(zone.getId());
        if (indonesian != null) {
            return indonesian;
        }
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        return DateTimeFormatter.ofPattern("zzz", Objects.requireNonNull(locale, "locale")).format(dateTime);
    }

    private static boolean isIndonesian(Locale locale) {
        String language = locale.getLanguage();
        return "id".equals(language) || "in".equals(language);
    }
}
