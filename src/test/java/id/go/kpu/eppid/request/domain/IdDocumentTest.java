package id.go.kpu.eppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** REQ-2, HD-16: the ID shown at the desk or scanned online, and how staff lists show it. */
class IdDocumentTest {

    @Test
    void aNikMustBeValidAndIsMaskedToItsRegion() {
        IdDocument id = IdDocument.parse(IdType.NIK, " 5371014107850003 ").orElseThrow();
        assertEquals("5371014107850003", id.number());
        assertEquals("537101**********", id.masked());
        assertFalse(id.toString().contains("4107850003"), "no full number in logs");
        assertTrue(IdDocument.parse(IdType.NIK, "1234").isEmpty());
    }

    @Test
    void otherDocumentsKeepTheirLastTwoCharacters() {
        IdDocument passport = IdDocument.parse(IdType.PASSPORT, "C1234567").orElseThrow();
        assertEquals("******67", passport.masked());
        assertTrue(IdDocument.parse(IdType.OTHER, "<script>").isEmpty());
        assertEquals("intake.nik.invalid", IdDocument.invalidKey(IdType.NIK));
        assertEquals("intake.idNumber.invalid", IdDocument.invalidKey(IdType.PASSPORT));
    }
}
