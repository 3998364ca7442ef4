package id.go.kpu.eppid.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consultation's steps (HD-6, HD-8) and the escalation path's levels. */
class HelpdeskConsultationTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static HelpdeskConsultation consultation(HelpdeskChannel channel) {
        return new HelpdeskConsultation(7, "HD-1811-2026-000001", channel,
                new HelpdeskConsultation.Party(null, "Partai Contoh", "Budi", "+6281234567890", null),
                ConsultationTopic.MEMBERSHIP, "Anggota ganda di SIPOL", T0, "hd-petugas.mesuji",
                HelpdeskConsultation.Origin.NONE);
    }

    @Test
    void aConversationIsReadBackBeforeItIsAnsweredAndRepeatedUntilUnderstood() {
        HelpdeskConsultation c = consultation(HelpdeskChannel.FACE_TO_FACE);
        assertEquals(HelpdeskStatus.RECEIVED, c.getStatus());
        assertThrows(InvalidInputException.class, () -> c.answer("Jawab", null, false, "x", T0),
                "HD-6: no answer before the party confirms the problem");
        c.confirm("Anggota ganda dengan partai lain di SIPOL", T0.plusSeconds(300));
        assertEquals("Anggota ganda dengan partai lain di SIPOL", c.getProblem());
        c.answer("Unggah surat pernyataan.", "PKPU 4/2022 Pasal 20", false, "hd-petugas.mesuji", T0.plusSeconds(900));
        c.understood(false, T0.plusSeconds(1000));
        assertEquals(1, c.getRepeatCount());
        assertEquals(HelpdeskStatus.ANSWERED, c.getStatus());
        c.answer("Unggah surat pernyataan bukan anggota partai lain.", null, false, "hd-petugas.mesuji",
                T0.plusSeconds(1100));
        assertNull(c.getUnderstood(), "asked again after the repeated answer");
        c.understood(true, T0.plusSeconds(1200));
        assertEquals(HelpdeskStatus.CLOSED, c.getStatus());
        assertThrows(InvalidInputException.class, c::escalate, "closed");
    }

    @Test
    void aWrittenQuestionIsAnsweredAsWritten() {
        HelpdeskConsultation c = consultation(HelpdeskChannel.EMAIL);
        assertEquals(HelpdeskStatus.CONFIRMED, c.getStatus());
        assertThrows(InvalidInputException.class, () -> c.confirm(null, T0));
    }

    @Test
    void anEscalationClimbsAndItsAnswerComesBackToTheOfficeThatAsked() {
        HelpdeskConsultation c = consultation(HelpdeskChannel.FACE_TO_FACE);
        c.confirm(null, T0);
        c.escalate();
        assertEquals(1, c.getEscalationLevel());
        assertEquals(7, c.getHolderOfficeId());
        c.passOn(18);
        c.passOn(1);
        assertEquals(3, c.getEscalationLevel());
        assertEquals(1, c.getHolderOfficeId());
        assertThrows(InvalidInputException.class, () -> c.answer("x", null, false, "x", T0), "held above");
        c.escalationAnswered();
        assertEquals(HelpdeskStatus.ESCALATION_ANSWERED, c.getStatus());
        assertEquals(7, c.getHolderOfficeId());
        c.answer("Sesuai jawaban KPU RI.", null, false, "hd-petugas.mesuji", T0);
        assertEquals(HelpdeskStatus.ANSWERED, c.getStatus());
    }

    @Test
    void theEscalationPathOfADistrictIsItsCommissionerThenEachHelpdeskAbove() {
        EscalationPath path = new EscalationPath(List.of(7L, 18L, 1L));
        assertEquals(List.of(new EscalationPath.Level(1, 7, true), new EscalationPath.Level(2, 18, false),
                new EscalationPath.Level(3, 1, false)), path.levels());
        assertTrue(path.hasAbove(2));
        assertTrue(!path.hasAbove(3));
        assertEquals(1, new EscalationPath(List.of(1L)).levels().size(), "the national helpdesk: its Commissioner");
    }
}
