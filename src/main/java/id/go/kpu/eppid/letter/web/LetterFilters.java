package id.go.kpu.eppid.letter.web;

import id.go.kpu.eppid.letter.application.LetterQuery;
import id.go.kpu.eppid.letter.domain.LetterChannel;
import id.go.kpu.eppid.letter.domain.LetterType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The register's filters as the page holds them (local dates) and as export links carry them (parameters). */
final class LetterFilters {

    private LetterFilters() {
    }

    static LetterQuery query(LocalDate from, LocalDate to, LetterChannel channel, LetterType type, String text,
            ZoneId zone) {
        return new LetterQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), channel, type, text);
    }

    /** Reads from/to (yyyy-MM-dd), channel, type, q; unknown values are ignored. */
    static LetterQuery fromParameters(java.util.function.Function<String, String> param, ZoneId zone) {
        return query(date(param.apply("from")), date(param.apply("to")), value(LetterChannel.class,
                param.apply("channel")), value(LetterType.class, param.apply("type")), param.apply("q"), zone);
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
