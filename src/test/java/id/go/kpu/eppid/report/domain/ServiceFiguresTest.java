package id.go.kpu.eppid.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.request.domain.Channel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LAW-4: the report's figures from a handful of rows worked through by hand. */
class ServiceFiguresTest {

    private static ServiceFigures.RequestRow decided(int month, DecisionOutcome o, int days, boolean onTime,
            String... categories) {
        return new ServiceFigures.RequestRow(month, Channel.ONLINE, o, false, days, onTime, days > 10,
                List.of(categories));
    }

    @Test
    void fiveDecidedOneOpenOneWithdrawn() {
        var f = ServiceFigures.of(List.of(
                decided(1, DecisionOutcome.GRANTED, 2, true),
                decided(1, DecisionOutcome.GRANTED, 4, true),
                decided(3, DecisionOutcome.REFUSED, 9, true, "h", "h", "j"),
                decided(3, DecisionOutcome.PARTIALLY_GRANTED, 12, true, "h"),
                decided(12, DecisionOutcome.NOT_HELD, 14, false),
                new ServiceFigures.RequestRow(12, Channel.LETTER, null, false, null, false, false, List.of()),
                new ServiceFigures.RequestRow(5, Channel.WALK_IN, null, true, null, false, false, List.of())),
                List.of(new ServiceFigures.ObjectionRow(ObjectionDecision.UPHELD, DisputeOutcome.PENDING),
                        new ServiceFigures.ObjectionRow(null, null)));
        assertEquals(7, f.received());
        assertEquals(2, f.byMonth()[0]);
        assertEquals(2, f.byMonth()[11]);
        assertEquals(Map.of(Channel.ONLINE, 5, Channel.LETTER, 1, Channel.WALK_IN, 1), f.byChannel());
        assertEquals(5, f.decided());
        assertEquals(1, f.open());
        assertEquals(1, f.withdrawn());
        assertEquals(2, f.outcome(DecisionOutcome.GRANTED));
        // h counted once per request: in the refusal and in the partial grant
        assertEquals(Map.of("h", 2, "j", 1), f.refusedByCategory());
        // days 2, 4, 9, 12, 14: average 41 / 5 = 8.2; 90th percentile by nearest rank = ceil(4.5) = 5th = 14
        assertEquals(new BigDecimal("8.2"), f.averageDays());
        assertEquals(14, f.p90Days());
        assertEquals(4, f.onTime());
        assertEquals(new BigDecimal("80.0"), f.onTimePercent());
        assertEquals(2, f.extensions());
        assertEquals(2, f.objections());
        assertEquals(1, f.objectionsPending());
        assertEquals(1, f.disputes());
    }

    @Test
    void nothingReceivedIsAllZero() {
        var f = ServiceFigures.of(List.of(), List.of());
        assertEquals(0, f.p90Days());
        assertEquals(BigDecimal.ZERO, f.averageDays());
        assertEquals(BigDecimal.ZERO, f.onTimePercent());
    }
}
