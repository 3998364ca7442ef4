package id.go.kpu.eppid.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OfficeDateFormatTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 23, 10, 15);

    private static ZonedDateTime at(String zone) {
        return MONDAY_MORNING.atZone(ZoneId.of(zone));
    }

    @Test
    void indonesianZonesHaveTheirIndonesianAbbreviationsInBothLanguages() {
        for (Locale locale : new Locale[] {INDONESIAN, Locale.ENGLISH}) {
            assertEquals("WIB", OfficeDateFormat.zoneAbbreviation(at("Asia/Jakarta"), locale));
            assertEquals("WIB", OfficeDateFormat.zoneAbbreviation(at("Asia/Pontianak"), locale));
            assertEquals("WITA", OfficeDateFormat.zoneAbbreviation(at("Asia/Makassar"), locale));
            assertEquals("WIT", OfficeDateFormat.zoneAbbreviation(at("Asia/Jayapura"), locale));
        }
    }

    @Test
    void indonesianDateTime() {
        assertEquals("Senin, 23 November 2026 pukul 10.15 WITA",
                OfficeDateFormat.dateTime(at("Asia/Makassar"), INDONESIAN));
        assertEquals("Senin, 23 November 2026 pukul 10.15 WIB",
                OfficeDateFormat.dateTime(at("Asia/Jakarta"), INDONESIAN));
        assertEquals("Senin, 23 November 2026 pukul 10.15 WIT",
                OfficeDateFormat.dateTime(at("Asia/Jayapura"), INDONESIAN));
        assertEquals("Rabu, 5 Agustus 2026 pukul 08.05 WITA", OfficeDateFormat.dateTime(
                LocalDateTime.of(2026, 8, 5, 8, 5).atZone(ZoneId.of("Asia/Makassar")), INDONESIAN));
    }

    @Test
    void legacyIndonesianLanguageCodeIsIndonesianToo() {
        @SuppressWarnings("deprecation")
        Locale legacy = new Locale("in", "ID");
        assertEquals("Senin, 23 November 2026 pukul 10.15 WITA",
                OfficeDateFormat.dateTime(at("Asia/Makassar"), legacy));
    }

    @Test
    void englishDateTime() {
        assertEquals("Monday, 23 November 2026, 10:15 WITA",
                OfficeDateFormat.dateTime(at("Asia/Makassar"), Locale.ENGLISH));
        assertEquals("Monday, 23 November 2026, 10:15 WIT",
                OfficeDateFormat.dateTime(at("Asia/Jayapura"), Locale.forLanguageTag("en-GB")));
    }

    @Test
    void dateAndTimeAlone() {
        assertEquals("Senin, 7 Desember 2026",
                OfficeDateFormat.date(LocalDateTime.of(2026, 12, 7, 16, 0).atZone(ZoneId.of("Asia/Makassar")),
                        INDONESIAN));
        assertEquals("Monday, 7 December 2026",
                OfficeDateFormat.date(LocalDateTime.of(2026, 12, 7, 16, 0).atZone(ZoneId.of("Asia/Makassar")),
                        Locale.ENGLISH));
        assertEquals("10.15 WIB", OfficeDateFormat.time(at("Asia/Jakarta"), INDONESIAN));
        assertEquals("10:15 WIB", OfficeDateFormat.time(at("Asia/Jakarta"), Locale.ENGLISH));
    }

    @Test
    void otherZonesFallBackToOffsetOrJdkName() {
        assertEquals("UTC", OfficeDateFormat.zoneAbbreviation(MONDAY_MORNING.atZone(ZoneOffset.UTC), Locale.ENGLISH));
        assertEquals("UTC+08:00",
                OfficeDateFormat.zoneAbbreviation(MONDAY_MORNING.atZone(ZoneOffset.ofHours(8)), Locale.ENGLISH));
        assertEquals("CET", OfficeDateFormat.zoneAbbreviation(at("Europe/Berlin"), Locale.ENGLISH));
    }
}
