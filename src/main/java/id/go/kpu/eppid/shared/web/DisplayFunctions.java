package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** EL functions for pages ({@code e:dateTime}, {@code e:label}), registered in portal.taglib.xml. */
public final class DisplayFunctions {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

    private DisplayFunctions() {
    }

    /** An instant as a date and time in an office's zone, e.g. "Senin, 23 November 2026 pukul 10.15 WITA". */
    public static String dateTime(Instant instant, String zoneId, Locale locale) {
        if (instant == null) {
            return "";
        }
        return OfficeDateFormat.dateTime(instant.atZone(ZoneId.of(zoneId)), Messages.supported(locale));
    }

    /** Compact form for tables: "22/11/2026 16.13 WITA". */
    public static String shortDateTime(Instant instant, String zoneId) {
        if (instant == null) {
            return "";
        }
        var time = instant.atZone(ZoneId.of(zoneId));
        return SHORT.format(time) + " " + OfficeDateFormat.zoneAbbreviation(time, Messages.INDONESIAN);
    }

    /** The bundle label of an enum constant. */
    public static String label(Enum<?> value, Locale locale) {
        return Messages.of(locale).label(value);
    }

    /** The text cut to {@code max} characters with an ellipsis (for long labels in menus). */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }

    /** A calendar day with its weekday, e.g. "Senin, 23 November 2026". */
    public static String date(java.time.LocalDate day, Locale locale) {
        return day == null ? "" : id.go.kpu.eppid.shared.time.OfficeDateFormat.date(
                day.atStartOfDay(java.time.ZoneOffset.UTC), locale);
    }
}
