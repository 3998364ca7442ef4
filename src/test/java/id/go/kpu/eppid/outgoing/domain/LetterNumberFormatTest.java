package id.go.kpu.eppid.outgoing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The office's outgoing-letter number format: tokens, Roman months, and the checks on a format an admin types. */
class LetterNumberFormatTest {

    private static String key(String pattern) {
        return assertThrows(InvalidInputException.class, () -> LetterNumberFormat.of(pattern)).problems().get(0).key();
    }

    @Test
    void theDefaultFormatWritesTheKpuStyleNumber() {
        LetterNumberFormat f = LetterNumberFormat.of(LetterNumberFormat.DEFAULT);
        assertEquals("007/PP.01-SD/5371/XI/2026", f.format(7, "5371", LocalDate.of(2026, 11, 22)));
        assertEquals("1234/PP.01-SD/5371/I/2027", f.format(1234, "5371", LocalDate.of(2027, 1, 2)),
                "the sequence grows past three digits");
    }

    @Test
    void everyToken() {
        LetterNumberFormat f = LetterNumberFormat.of("  B-{seq}/{office}/PPID/{month}.{romanMonth}/{year}  ");
        assertEquals("B-{seq}/{office}/PPID/{month}.{romanMonth}/{year}", f.pattern(), "trimmed");
        assertEquals("B-042/RI/PPID/03.III/2026", f.format(42, "RI", LocalDate.of(2026, 3, 31)));
    }

    @Test
    void romanMonthsOneToTwelve() {
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"),
                IntStream.rangeClosed(1, 12).mapToObj(LetterNumberFormat::romanMonth).toList());
        assertThrows(IllegalArgumentException.class, () -> LetterNumberFormat.romanMonth(0));
        assertThrows(IllegalArgumentException.class, () -> LetterNumberFormat.romanMonth(13));
    }

    @Test
    void aFormatNeedsTheSequenceAndTheYearAndOnlyKnownTokens() {
        assertEquals("validation.required", key("  "));
        assertEquals("validation.required", key(null));
        assertEquals("outgoing.numberFormat.seqAndYear", key("{seq}/PP.01/{office}"));
        assertEquals("outgoing.numberFormat.seqAndYear", key("PP.01/{office}/{year}"));
        assertEquals("outgoing.numberFormat.unknownToken", key("{seq}/{kode}/{year}"));
        assertEquals("outgoing.numberFormat.braces", key("{seq}/{year}/{"));
        assertEquals("outgoing.numberFormat.characters", key("{seq}/<b>/{year}"));
        assertEquals("validation.tooLong", key("{seq}/" + "X".repeat(80) + "/{year}"));
        assertEquals("numberFormat", assertThrows(InvalidInputException.class,
                () -> LetterNumberFormat.of("{year}")).problems().get(0).field());
    }

    @Test
    void equalByPattern() {
        assertEquals(LetterNumberFormat.of(LetterNumberFormat.DEFAULT), LetterNumberFormat.of(LetterNumberFormat.DEFAULT));
    }
}
