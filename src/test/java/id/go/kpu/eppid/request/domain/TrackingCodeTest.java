package id.go.kpu.eppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void codesAreRandomReadableAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCode.generate();
            assertTrue(code.matches("[A-HJ-KMNP-Z2-9]{10}"), code);
            assertTrue(seen.add(code));
        }
        String code = TrackingCode.generate();
        String hash = TrackingCode.hash(code);
        assertEquals(64, hash.length());
        assertNotEquals(code, hash);
        assertTrue(TrackingCode.matches(code, hash));
        assertTrue(TrackingCode.matches(" " + code.toLowerCase() + " ", hash), "case and spaces are forgiven");
        assertFalse(TrackingCode.matches(code.substring(1) + "A", hash));
    }
}
