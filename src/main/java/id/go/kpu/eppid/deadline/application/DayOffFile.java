package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of days off to import (issue 5, REQ-8): a CSV file with the columns date, kind, name, legal source (a
 * header line is optional; dates as {@code 2026-12-24} or {@code 24/12/2026}; kinds by their code or Indonesian name),
 * or an iCalendar file whose all-day events are days off (SUMMARY the name, DESCRIPTION the legal source, CATEGORIES
 * the kind; an event over several days gives one row per day). Each row is checked on its own, so a preview can show
 * which rows are good and why the others are not. Pure: no container, no database.
 */
public final class DayOffFile {

    /** The largest file accepted (bytes). */
    public static final int MAX_BYTES = 256 * 1024;
    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 500;
    /** The longest run of days one iCalendar event may cover. */
    static final int MAX_EVENT_DAYS = 31;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter DMY_DASH = DateTimeFormatter.ofPattern("d-M-uuuu");

    private static final Map<String, DayOffKind> KIND_WORDS = Map.of(
            "libur nasional", DayOffKind.NATIONAL_HOLIDAY, "hari libur nasional", DayOffKind.NATIONAL_HOLIDAY,
            "national holiday", DayOffKind.NATIONAL_HOLIDAY,
            "cuti bersama", DayOffKind.COLLECTIVE_LEAVE, "collective leave", DayOffKind.COLLECTIVE_LEAVE,
            "penutupan kantor", DayOffKind.OFFICE_CLOSURE, "kantor tutup", DayOffKind.OFFICE_CLOSURE,
            "office closure", DayOffKind.OFFICE_CLOSURE);

    /**
     * One row of the file: its line (CSV) or event number (iCalendar), what was read, and the problems found (bundle
     * keys; empty when the row is good). A missing kind or legal source is taken from the defaults given.
     */
    public record Row(int line, LocalDate day, DayOffKind kind, String name, String legalSource, String problem)
            implements java.io.Serializable {

        public boolean valid() {
            return problem == null;
        }
    }

    /** The format of a file, decided from its content. */
    public enum Format {
        CSV, ICALENDAR
    }

    private DayOffFile() {
    }

    /**
     * Reads {@code content} as {@code format}; rows without a kind get {@code defaultKind}, rows without a legal source
     * get {@code defaultSource} (may be null: such rows are then refused).
     *
     * @throws InvalidInputException (field {@code file}) when the file is empty, too large, not readable as that
     *                               format, or has too many rows
     */
    public static List<Row> read(byte[] content, Format format, DayOffKind defaultKind, String defaultSource) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "calendar.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "calendar.import.tooLarge", MAX_BYTES / 1024);
        }
        String source = defaultSource == null || defaultSource.isBlank() ? null : defaultSource.strip();
        List<Row> rows = format == Format.ICALENDAR ? ical(content, defaultKind, source)
                : csv(content, defaultKind, source);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "calendar.import.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "calendar.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    static List<Row> csv(byte[] content, DayOffKind defaultKind, String defaultSource) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    break;
                }
                int line = (int) record.getRecordNumber();
                String first = cell(record, 0);
                if (line == 1 && first != null && isHeader(first)) {
                    continue;
                }
                rows.add(csvRow(line, record, defaultKind, defaultSource));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "calendar.import.unreadable");
        }
        return rows;
    }

    private static Row csvRow(int line, CSVRecord record, DayOffKind defaultKind, String defaultSource) {
        String dateText = cell(record, 0);
        String kindText = cell(record, 1);
        String name = cell(record, 2);
        String source = Optional.ofNullable(cell(record, 3)).orElse(defaultSource);
        LocalDate day = date(dateText);
        DayOffKind kind = kindText == null ? defaultKind : kind(kindText);
        String problem = null;
        if (dateText == null) {
            problem = "calendar.import.row.noDate";
        } else if (day == null) {
            problem = "calendar.import.row.badDate";
        } else if (kind == null) {
            problem = "calendar.import.row.badKind";
        }
        return check(line, day, kind, name, source, problem);
    }

    private static Row check(int line, LocalDate day, DayOffKind kind, String name, String source, String problem) {
        if (problem == null) {
            if (name == null) {
                problem = "calendar.import.row.noName";
            } else if (name.length() > DayOff.NAME_LENGTH) {
                problem = "calendar.import.row.nameTooLong";
            } else if (source == null) {
                problem = "calendar.import.row.noSource";
            } else if (source.length() > DayOff.SOURCE_LENGTH) {
                problem = "calendar.import.row.sourceTooLong";
            }
        }
        return new Row(line, day, kind, name, source, problem);
    }

    static List<Row> ical(byte[] content, DayOffKind defaultKind, String defaultSource) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(content));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new InvalidInputException("file", "calendar.import.unreadable");
        }
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            number++;
            String name = text(event, Property.SUMMARY);
            String source = Optional.ofNullable(text(event, Property.DESCRIPTION)).orElse(defaultSource);
            String categories = text(event, Property.CATEGORIES);
            DayOffKind kind = categories == null ? defaultKind : kind(categories);
            Optional<DtStart<Temporal>> start = event.getStartDate();
            LocalDate first = start.map(s -> day(s.getDate())).orElse(null);
            if (first == null) {
                rows.add(new Row(number, null, kind, name, source, "calendar.import.row.noDate"));
                continue;
            }
            if (kind == null) {
                rows.add(new Row(number, first, null, name, source, "calendar.import.row.badKind"));
                continue;
            }
            // DTEND of an all-day event is exclusive; no DTEND = one day
            Optional<DtEnd<Temporal>> end = event.getEndDate(false);
            LocalDate last = end.map(e -> day(e.getDate())).map(d -> d.minusDays(1)).orElse(first);
            if (last.isBefore(first)) {
                last = first;
            }
            if (last.isAfter(first.plusDays(MAX_EVENT_DAYS - 1))) {
                rows.add(new Row(number, first, kind, name, source, "calendar.import.row.tooLong"));
                continue;
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                rows.add(check(number, d, kind, name, source, null));
                if (rows.size() > MAX_ROWS) {
                    return rows;
                }
            }
        }
        return rows;
    }

    /** The calendar day of a DTSTART/DTEND value (a date, a local or zoned date-time, or a UTC instant). */
    private static LocalDate day(Temporal t) {
        if (t == null) {
            return null;
        }
        if (t instanceof java.time.Instant i) {
            return i.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.from(t);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).filter(v -> !v.isBlank())
                .map(String::strip).orElse(null);
    }

    private static String cell(CSVRecord record, int i) {
        if (i >= record.size()) {
            return null;
        }
        String v = record.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean isHeader(String first) {
        String f = first.toLowerCase(Locale.ROOT);
        return f.equals("date") || f.equals("tanggal") || f.equals("day");
    }

    /** A date as {@code 2026-12-24}, {@code 24/12/2026} or {@code 24-12-2026}; null when it is none of them. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DMY, DMY_DASH)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    /** A kind by its code (NATIONAL_HOLIDAY) or its Indonesian or English name; null when unknown. */
    static DayOffKind kind(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DayOffKind k : DayOffKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(t.replace(' ', '_'))) {
                return k;
            }
        }
        return KIND_WORDS.get(t);
    }
}
