package id.go.kpu.eppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    @Test
    void formatsWithKindOfficeYearAndSixDigits() {
        assertEquals("PI-5371-2026-000042",
                new RegistrationNumber(RequestKind.INFORMATION, "5371", 2026, 42).toString());
        assertEquals("PK-RI-2027-1234567",
                new RegistrationNumber(RequestKind.CONSULTATION, "RI", 2027, 1234567).toString());
    }

    @Test
    void parsesWhatItFormatsAndWhatPeopleType() {
        RegistrationNumber n = new RegistrationNumber(RequestKind.CONSULTATION, "1811", 2026, 7);
        assertEquals(n, RegistrationNumber.parse(n.toString()).orElseThrow());
        assertEquals(n, RegistrationNumber.parse("  pk-1811-2026-000007 ").orElseThrow());
        assertTrue(RegistrationNumber.parse("PX-1811-2026-000007").isEmpty());
        assertTrue(RegistrationNumber.parse("PI-1811-26-000007").isEmpty());
        assertTrue(RegistrationNumber.parse("PI-1811-2026-7").isEmpty());
        assertTrue(RegistrationNumber.parse(null).isEmpty());
    }
}
