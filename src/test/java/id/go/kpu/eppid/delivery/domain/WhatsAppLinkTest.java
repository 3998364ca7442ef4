package id.go.kpu.eppid.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** REQ-5: the click-to-chat link the officer opens; the message is URL-encoded, spaces as %20. */
class WhatsAppLinkTest {

    @Test
    void numberWithoutPlusAndMessageEncoded() {
        assertEquals("https://wa.me/6281234567890?text=Yth.%20Bapak%2C%20nomor%2000001%2FPPID%20%26%20kode",
                WhatsAppLink.of("+6281234567890", "Yth. Bapak, nomor 00001/PPID & kode"));
    }

    @Test
    void noNumberNoLink() {
        assertThrows(IllegalArgumentException.class, () -> WhatsAppLink.of(" ", "x"));
    }
}
