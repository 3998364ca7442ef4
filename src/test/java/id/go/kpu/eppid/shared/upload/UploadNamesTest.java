package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ktp.jpg", "KTP Yohanes (depan).JPG", "surat permohonan 2026.pdf", "scan_ktp-01.png",
        "laporan 100%.pdf", "ktp..jpg", "Kartu Tanda Penduduk — Lau.jpeg", "كتاب.pdf", "身份证.png", "con-ktp.jpg"})
    void plainNamesAreKept(String name) {
        assertTrue(UploadNames.isAcceptable(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.jpg", "..\\..\\windows\\win.ini.jpg", "/etc/cron.d/x.jpg",
        "C:\\Windows\\x.jpg", "C:x.jpg", "ktp.jpg:stream", "ktp\u0000.jpg", "ktp.jpg\u0000.php", "ktp\r\n.jpg",
        "ktp\t.jpg", "ktp\u0007.jpg", "ktp\u202Egpj.exe", "\u202Efdp.exe", "\u2066ktp\u2069.jpg", "ktp\u200F.jpg",
        "..", ".", ".htaccess", "ktp.jpg.", "ktp.jpg ", "CON.jpg", "nul.pdf", "Com1.png", "lpt9",
        "%2e%2e%2fpasswd.jpg", "ktp%2Fx.jpg", "ktp%00.jpg", "%252e%252e%252fpasswd.jpg", "\uFEFFktp.jpg",
        "ktp<script>.jpg", "ktp%0D%0A.jpg", "ktp\".jpg", "ktp|x.jpg", "ktp?.jpg", "ktp*.jpg"})
    void craftedNamesAreRefused(String name) {
        assertFalse(UploadNames.isAcceptable(name), name);
    }

    @Test
    void theNameIsReadAsSentWithTheSpacesTheHeaderParserWouldTrim() {
        assertEquals(java.util.Optional.of("ktp.jpg "),
                MultipartParser.quotedFileName("form-data; name=\"idScan\"; filename=\"ktp.jpg \""));
        assertEquals(java.util.Optional.of("a\"b.jpg"),
                MultipartParser.quotedFileName("form-data; name=\"f\"; filename=\"a\\\"b.jpg\""));
        assertEquals(java.util.Optional.empty(), MultipartParser.quotedFileName("form-data; name=\"f\""));
        assertFalse(UploadNames.isAcceptable("ktp.jpg "));
    }

    @Test
    void longNamesAreRefusedAndMissingOnesAreNot() {
        assertTrue(UploadNames.isAcceptable("a".repeat(251) + ".jpg"));
        assertFalse(UploadNames.isAcceptable("a".repeat(252) + ".jpg"));
        assertFalse(UploadNames.isAcceptable("é".repeat(130) + ".jpg"), "134 characters, 264 bytes");
        assertTrue(UploadNames.isAcceptable(null));
        assertTrue(UploadNames.isAcceptable(""));
    }
}
