package id.go.kpu.eppid.helpdesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HD-10, HD-14: the recap's figures, worked by hand (standards 10 + 30 minutes, + 15 when escalated). */
class RecapFiguresTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final RecapFigures.Standards SOP = new RecapFigures.Standards(10, 30, 15);

    private static HelpdeskConsultation consultation(long id, String party, HelpdeskChannel channel,
            ConsultationTopic topic) throws Exception {
        HelpdeskConsultation c = new HelpdeskConsultation(7, "HD-1811-2026-00000" + id, channel,
                new HelpdeskConsultation.Party(null, party, "Wakil " + id, null, null), topic, "Masalah " + id, T0,
                "hd-petugas.mesuji", HelpdeskConsultation.Origin.NONE);
        Field f = HelpdeskConsultation.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(c, id);
        return c;
    }

    @Test
    void countsAnsweredEscalatedPendingAndTimesAgainstTheStandard() throws Exception {
        HelpdeskConsultation a = consultation(1, "Partai A", HelpdeskChannel.EMAIL, ConsultationTopic.MEMBERSHIP);
        a.answer("Jawab", null, false, "x", T0.plusSeconds(35 * 60));
        a.understood(true, T0.plusSeconds(40 * 60));
        HelpdeskConsultation b = consultation(2, "Partai B", HelpdeskChannel.EMAIL, ConsultationTopic.DOCUMENTS);
        b.escalate();
        b.escalationAnswered();
        b.answer("Jawab", null, false, "x", T0.plusSeconds(60 * 60));
        HelpdeskConsultation c = consultation(3, "Partai A", HelpdeskChannel.MESSAGING_GROUP,
                ConsultationTopic.MEMBERSHIP);
        RecapFigures f = RecapFigures.of(List.of(a, b, c), Map.of(1L, T0.plusSeconds(35 * 60),
                2L, T0.plusSeconds(60 * 60)), SOP, 2, 3.5, 1);
        assertEquals(3, f.total());
        assertEquals(2, f.answered());
        assertEquals(1, f.closed());
        assertEquals(1, f.escalated());
        assertEquals(1, f.pending());
        assertEquals(47.5, f.averageMinutesToAnswer(), 1e-9, "(35 + 60) / 2");
        assertEquals(1, f.overStandard(), "60 minutes against 10 + 30 + 15 = 55");
        assertEquals(2, f.byChannel().get(HelpdeskChannel.EMAIL));
        assertEquals(2, f.byTopic().get(ConsultationTopic.MEMBERSHIP));
        assertEquals(List.of("Partai A", "Partai B"), List.copyOf(f.byParty().keySet()), "most consultations first");
        RecapFigures.Row rowA = f.rows().get(0);
        assertEquals(40, rowA.standardMinutes());
        assertFalse(rowA.overStandard());
        assertEquals(55, f.rows().get(1).standardMinutes());
        assertTrue(f.rows().get(1).overStandard());
        assertNull(f.rows().get(2).minutesToAnswer(), "not answered yet");
    }
}
