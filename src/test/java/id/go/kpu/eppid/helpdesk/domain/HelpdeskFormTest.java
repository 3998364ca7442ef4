package id.go.kpu.eppid.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The consultation form's order of steps (HD-7, seed 000 B.11–B.19; HD-9 scan). */
class HelpdeskFormTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final byte[] PNG = {1, 2, 3};
    private static final FileDetails SCAN = new FileDetails("s1", "scan.pdf", "application/pdf", 10, "ab");

    private static HelpdeskConsultation understood() {
        HelpdeskConsultation c = new HelpdeskConsultation(7, "HD-1811-2026-000002", HelpdeskChannel.FACE_TO_FACE,
                new HelpdeskConsultation.Party(null, "Partai Contoh", "Budi", "+6281234567890", null),
                ConsultationTopic.MEMBERSHIP, "KTA ditolak", T0, "hd-petugas.mesuji", HelpdeskConsultation.Origin.NONE);
        c.confirm(null, T0);
        c.answer("Perkecil berkas.", null, false, "hd-petugas.mesuji", T0);
        return c;
    }

    @Test
    void theFormComesAfterTheAnswerWasUnderstoodAndACorrectionChangesTheRecord() {
        HelpdeskConsultation c = understood();
        assertFalse(c.hasForm(), "not before the party understood");
        assertThrows(InvalidInputException.class, () -> c.correctRecord("p", "a", null));
        c.understood(true, T0);
        assertTrue(c.hasForm());
        HelpdeskForm v1 = new HelpdeskForm(c, 1, null, T0, "x");
        c.correctRecord("KTA ditolak SIPOL", "Perkecil berkas ke 1 MB.", "Juknis");
        HelpdeskForm v2 = new HelpdeskForm(c, 2, "1 MB", T0, "x");
        assertEquals("Perkecil berkas.", v1.getAnswer(), "a printed version keeps its text");
        assertEquals("Perkecil berkas ke 1 MB.", v2.getAnswer());
    }

    @Test
    void thePartySignsFirstThenTheOfficerAndASignedVersionDoesNotChange() {
        HelpdeskConsultation c = understood();
        c.understood(true, T0);
        HelpdeskForm f = new HelpdeskForm(c, 1, null, T0, "x");
        assertThrows(InvalidInputException.class, () -> f.signByOfficer(PNG, "x", "X", T0), "party first");
        assertThrows(InvalidInputException.class, () -> f.handOver("Budi", T0, "x"), "not signed yet");
        f.signByParty(PNG, T0);
        assertFalse(f.isOpenForCorrection());
        assertFalse(f.isSigned(), "the officer has not signed");
        assertThrows(InvalidInputException.class, () -> f.signByParty(PNG, T0), "once");
        assertThrows(InvalidInputException.class, () -> f.attachScan(SCAN, T0, "x"),
                "half signed on screen: finish on screen first");
        f.signByOfficer(PNG, "x", "X", T0);
        assertTrue(f.isSigned());
        f.attachScan(SCAN, T0, "x");
        f.handOver("Budi", T0, "x");
        assertThrows(InvalidInputException.class, () -> f.handOver("Budi", T0, "x"), "handed over once");
    }

    @Test
    void aFormSignedOnPaperIsSignedByItsScan() {
        HelpdeskConsultation c = understood();
        c.understood(true, T0);
        HelpdeskForm f = new HelpdeskForm(c, 1, null, T0, "x");
        f.attachScan(SCAN, T0, "x");
        assertTrue(f.isSigned());
        assertFalse(f.isOpenForCorrection());
        assertThrows(InvalidInputException.class, () -> f.signByParty(PNG, T0));
        f.handOver("Budi", T0, "x");
        assertEquals("Budi", f.getHandedTo());
    }
}
