package id.go.kpu.eppid.complaint.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kpu.eppid.complaint.domain.Complaint;
import id.go.kpu.eppid.complaint.domain.ComplaintChannel;
import id.go.kpu.eppid.complaint.domain.ComplaintKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REQ-9: complaints counted by kind, the open ones, and the average time to answer. */
class ComplaintFiguresTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private static Complaint complaint(ComplaintKind kind, Duration answeredAfter) {
        Complaint c = new Complaint(1, "PG-5371-2026-0001", 2026, 1, new Complaint.Content(kind,
                ComplaintChannel.ONLINE, "isi", null, null, null), T0, "publik");
        if (answeredAfter != null) {
            c.answer("tanggapan", "ketua.kupang", T0.plus(answeredAfter));
        }
        return c;
    }

    @Test
    void countsAndAverageDaysToAnswer() {
        // answered after 1 day and after 2 days 12 hours: (1 + 2.5) / 2 = 1.75 → 1.8 days
        var f = Complaints.figures(List.of(complaint(ComplaintKind.COMPLAINT, Duration.ofDays(1)),
                complaint(ComplaintKind.COMPLAINT, Duration.ofHours(60)),
                complaint(ComplaintKind.APPRECIATION, null)));
        assertEquals(Map.of(ComplaintKind.COMPLAINT, 2, ComplaintKind.APPRECIATION, 1), f.byKind());
        assertEquals(1, f.open());
        assertEquals(new BigDecimal("1.8"), f.averageDays());
    }

    @Test
    void noneAnsweredHasNoAverage() {
        assertNull(Complaints.figures(List.of(complaint(ComplaintKind.SUGGESTION, null))).averageDays());
    }
}
