package id.go.kpu.eppid.deadline.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.deadline.application.DayOffFile.Format;
import id.go.kpu.eppid.deadline.application.DayOffFile.Row;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CSV and iCalendar files of days off: each row checked on its own, the file as a whole limited. */
class DayOffFileTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Row> csv(String s) {
        return DayOffFile.read(bytes(s), Format.CSV, DayOffKind.OFFICE_CLOSURE, null);
    }

    @Test
    void csvWithHeaderKindsByCodeOrNameAndBothDateForms() {
        List<Row> rows = csv("date,kind,name,legal source\n"
                + "2026-12-24,COLLECTIVE_LEAVE,Cuti bersama Natal,SKB 3 Menteri 2025\n"
                + "25/12/2026,libur nasional,\"Natal, Kelahiran Yesus Kristus\",SKB 3 Menteri 2025\n");
        assertEquals(2, rows.size());
        Row first = rows.get(0);
        assertTrue(first.valid(), first.problem());
        assertEquals(LocalDate.of(2026, 12, 24), first.day());
        assertEquals(DayOffKind.COLLECTIVE_LEAVE, first.kind());
        assertEquals(2, first.line());
        Row second = rows.get(1);
        assertEquals(LocalDate.of(2026, 12, 25), second.day());
        assertEquals(DayOffKind.NATIONAL_HOLIDAY, second.kind());
        assertEquals("Natal, Kelahiran Yesus Kristus", second.name());
    }

    @Test
    void csvRowsAreCheckedOneByOne() {
        List<Row> rows = csv("2026-13-01,OFFICE_CLOSURE,Hari jadi kota,Perda 1/2026\n"
                + ",OFFICE_CLOSURE,Tanpa tanggal,Perda 1/2026\n"
                + "2026-04-10,LIBURAN,Jenis salah,Perda 1/2026\n"
                + "2026-04-11,OFFICE_CLOSURE,,Perda 1/2026\n"
                + "2026-04-12,OFFICE_CLOSURE,Tanpa dasar\n"
                + "2026-04-13,,Jenis bawaan,Perda 1/2026\n"
                + "2026-04-14;x;y;z\n");
        assertEquals("calendar.import.row.badDate", rows.get(0).problem());
        assertEquals("calendar.import.row.noDate", rows.get(1).problem());
        assertEquals("calendar.import.row.badKind", rows.get(2).problem());
        assertEquals("calendar.import.row.noName", rows.get(3).problem());
        assertEquals("calendar.import.row.noSource", rows.get(4).problem());
        assertTrue(rows.get(5).valid());
        assertEquals(DayOffKind.OFFICE_CLOSURE, rows.get(5).kind(), "a missing kind takes the default");
        assertEquals("calendar.import.row.badDate", rows.get(6).problem());
    }

    @Test
    void semicolonSeparatedFilesAndADefaultLegalSource() {
        List<Row> rows = DayOffFile.read(bytes("\uFEFFtanggal;jenis;nama;dasar hukum\n17/08/2027;libur nasional;"
                + "Hari Proklamasi;\n"), Format.CSV, DayOffKind.NATIONAL_HOLIDAY, "SKB 2027 (dikonfirmasi)");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).valid(), rows.get(0).problem());
        assertEquals("SKB 2027 (dikonfirmasi)", rows.get(0).legalSource());
    }

    @Test
    void theFileAsAWholeIsLimited() {
        assertEquals("calendar.import.empty", problem(new byte[0], Format.CSV));
        assertEquals("calendar.import.tooLarge", problem(new byte[DayOffFile.MAX_BYTES + 1], Format.CSV));
        assertEquals("calendar.import.noRows", problem(bytes("date,kind,name,legal source\n"), Format.CSV));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= DayOffFile.MAX_ROWS; i++) {
            many.append("2026-01-01,OFFICE_CLOSURE,x,y\n");
        }
        assertEquals("calendar.import.tooManyRows", problem(bytes(many.toString()), Format.CSV));
        assertEquals("calendar.import.unreadable", problem(bytes("BEGIN:VCALENDAR\nthis is not"), Format.ICALENDAR));
    }

    private static String problem(byte[] content, Format format) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DayOffFile.read(content, format, DayOffKind.OFFICE_CLOSURE, "x"));
        assertEquals("file", e.problems().get(0).field());
        return e.problems().get(0).key();
    }

    @Test
    void iCalendarAllDayEventsBecomeOneRowPerDay() {
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Days off//ID",
                "BEGIN:VEVENT", "UID:a@test", "DTSTAMP:20251001T000000Z",
                "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261226",
                "SUMMARY:Natal dan cuti bersama", "DESCRIPTION:SKB 3 Menteri 2025", "CATEGORIES:COLLECTIVE_LEAVE",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:b@test", "DTSTAMP:20251001T000000Z",
                "DTSTART;VALUE=DATE:20270101", "SUMMARY:Tahun Baru 2027 Masehi",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:c@test", "DTSTAMP:20251001T000000Z",
                "DTSTART;VALUE=DATE:20270102", "SUMMARY:Jenis salah", "CATEGORIES:HOLIDAY",
                "END:VEVENT",
                "END:VCALENDAR", "");
        List<Row> rows = DayOffFile.read(bytes(ics), Format.ICALENDAR, DayOffKind.NATIONAL_HOLIDAY, "Bawaan");
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(LocalDate.of(2026, 12, 24), rows.get(0).day());
        assertEquals(LocalDate.of(2026, 12, 25), rows.get(1).day());
        assertEquals(DayOffKind.COLLECTIVE_LEAVE, rows.get(1).kind());
        assertEquals("SKB 3 Menteri 2025", rows.get(1).legalSource());
        Row newYear = rows.get(2);
        assertTrue(newYear.valid(), newYear.problem());
        assertEquals(DayOffKind.NATIONAL_HOLIDAY, newYear.kind());
        assertEquals("Bawaan", newYear.legalSource());
        assertEquals("calendar.import.row.badKind", rows.get(3).problem());
        assertFalse(rows.get(3).valid());
    }

    @Test
    void kindsAndDates() {
        assertEquals(DayOffKind.COLLECTIVE_LEAVE, DayOffFile.kind("Cuti Bersama"));
        assertEquals(DayOffKind.OFFICE_CLOSURE, DayOffFile.kind("office_closure"));
        assertNull(DayOffFile.kind("libur"));
        assertEquals(LocalDate.of(2027, 1, 1), DayOffFile.date("1-1-2027"));
        assertNull(DayOffFile.date("2027/01/01"));
    }
}
