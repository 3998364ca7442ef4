package id.go.kpu.eppid.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HD-14, seed 001 Lampiran III: each step of a consultation against 10/30/15/10/10 minutes. */
class HelpdeskTimingTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Map<String, Integer> SOP = Map.of("H02_RECEIVE", 10, "H03_ANSWER", 30, "H04_ESCALATED", 15,
            "H05_RECORD", 10, "H06_DOCUMENT", 10);

    private static Instant min(int m) {
        return T0.plusSeconds(m * 60L);
    }

    @Test
    void aConversationIsTimedFromReceiptToTheSignedForm() throws Exception {
        HelpdeskConsultation c = new HelpdeskConsultation(7, "HD-1811-2026-000009", HelpdeskChannel.FACE_TO_FACE,
                new HelpdeskConsultation.Party(null, "Partai Contoh", "Budi", "+6281234567890", null),
                ConsultationTopic.MEMBERSHIP, "KTA ditolak", T0, "x", HelpdeskConsultation.Origin.NONE);
        java.lang.reflect.Field id = HelpdeskConsultation.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 9L);
        c.confirm(null, min(8));
        c.answer("Perkecil berkas", null, false, "x", min(45));
        List<HelpdeskEntry> thread = List.of(
                new HelpdeskEntry(c, 7, "x", min(45), HelpdeskEntryKind.ANSWERED, null),
                new HelpdeskEntry(c, 7, "x", min(50), HelpdeskEntryKind.ANSWERED, null),
                new HelpdeskEntry(c, 7, "x", min(52), HelpdeskEntryKind.FORM_PRINTED, null));
        List<HelpdeskTiming.Step> steps = HelpdeskTiming.steps(c, thread, List.of(), SOP);
        assertEquals(List.of("H02_RECEIVE", "H03_ANSWER", "H05_RECORD", "H06_DOCUMENT"),
                steps.stream().map(HelpdeskTiming.Step::code).toList());
        assertEquals(8, steps.get(0).minutes());
        assertFalse(steps.get(0).over());
        assertEquals(37, steps.get(1).minutes(), "confirmed at 8, first answered at 45");
        assertTrue(steps.get(1).over(), "over 30");
        assertEquals(7, steps.get(2).minutes(), "first answer to the form printed");
        assertNull(steps.get(3).minutes(), "not signed yet");
    }

    @Test
    void aWrittenQuestionHasNoReadBackStep() {
        HelpdeskConsultation c = new HelpdeskConsultation(7, "HD-1811-2026-000010", HelpdeskChannel.EMAIL,
                new HelpdeskConsultation.Party(null, "Partai Contoh", "Budi", null, "b@example.org"),
                ConsultationTopic.OTHER, "Tanya", T0, "email", HelpdeskConsultation.Origin.NONE);
        List<HelpdeskTiming.Step> steps = HelpdeskTiming.steps(c, List.of(), List.of(), SOP);
        assertEquals("H03_ANSWER", steps.get(0).code());
        assertNull(steps.get(0).minutes());
    }
}
