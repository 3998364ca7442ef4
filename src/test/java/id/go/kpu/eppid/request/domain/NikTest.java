package id.go.kpu.eppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** REQ-2: the NIK of an e-KTP is checked for shape before a request is accepted. */
class NikTest {

    @Test
    void acceptsAManAndAWomanAndIgnoresSeparators() {
        assertEquals("5371011203900001", Nik.parse("5371011203900001").orElseThrow().value());
        // woman: day of birth + 40 (52 = 12th)
        assertEquals("5371015203900002", Nik.parse("5371 0152 0390 0002").orElseThrow().value());
        assertEquals("5371015203900002", Nik.parse("53.7101.520390.0002").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "53710112039000011", "5371011203900000", "1071011203900001",
        "9571011203900001", "5300011203900001", "5371003203900001", "5371013203900001", "5371011213900001",
        "5371017203900001", "53710112039O0001", "5371013002900001"})
    void rejectsWhatCannotBeANik(String raw) {
        assertFalse(Nik.parse(raw).isPresent(), raw);
    }

    @Test
    void neverPrintsTheWholeNumber() {
        Nik nik = Nik.parse("5371011203900001").orElseThrow();
        assertEquals("537101**********", nik.toString());
        assertFalse(nik.toString().contains("1203900001"));
        assertTrue(Nik.parse(null).isEmpty());
    }
}
