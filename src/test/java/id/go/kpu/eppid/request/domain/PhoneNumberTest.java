package id.go.kpu.eppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REQ-2: the applicant's contact number, in the ways Indonesians write it, stored as +62. */
class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0812-3726-4642, +6281237264642",
        "081237264642, +6281237264642",
        "+62 812 3726 4642, +6281237264642",
        "6281237264642, +6281237264642",
        "81237264642, +6281237264642",
        "(0380) 821234, +62380821234",
        "021-3193 7223, +622131937223"})
    void normalisesToE164(String raw, String expected) {
        assertEquals(expected, PhoneNumber.parse(raw).orElseThrow().e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12345", "+1 202 555 0100", "0000000000", "0812-3726-4642-1234-99",
        "0812 3726 4642 x1"})
    void rejectsWhatIsNotAnIndonesianNumber(String raw) {
        assertFalse(PhoneNumber.parse(raw).isPresent(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"081237264642"})
    void masksForDisplay(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw).orElseThrow();
        assertEquals("+62812******42", phone.toString());
        assertTrue(phone.masked().startsWith("+62812"));
    }
}
