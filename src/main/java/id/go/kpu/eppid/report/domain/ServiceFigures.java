package id.go.kpu.eppid.report.domain;

import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.request.domain.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LAW-4: the figures of an information service over a period, computed from the same records the officers work on:
 * requests received (by month and channel), their outcomes (granted, partly, refused by Pasal 17 category, not held,
 * still open, withdrawn), the working days to the decision (average and 90th percentile, nearest rank), the share
 * decided within the due date, extensions, objections and their answers, and disputes at the Information Commission.
 */
public record ServiceFigures(int received, int[] byMonth, Map<Channel, Integer> byChannel,
        Map<DecisionOutcome, Integer> outcomes, Map<String, Integer> refusedByCategory, int open, int withdrawn,
        int decided, BigDecimal averageDays, int p90Days, int onTime, int extensions, int objections,
        Map<ObjectionDecision, Integer> objectionAnswers, int objectionsPending, int disputes,
        Map<DisputeOutcome, Integer> disputeOutcomes) {

    /** One request as the report sees it. */
    public record RequestRow(int month, Channel channel, DecisionOutcome outcome, boolean withdrawn,
            Integer workingDays, boolean onTime, boolean extended, List<String> refusedCategories) {
    }

    /** One objection as the report sees it. */
    public record ObjectionRow(ObjectionDecision decision, DisputeOutcome dispute) {
    }

    /** The share of decided requests decided on time, in percent with one decimal (0 when none decided). */
    public BigDecimal onTimePercent() {
        return decided == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
    }

    public int outcome(DecisionOutcome o) {
        return outcomes.getOrDefault(o, 0);
    }

    /** Computes the figures. */
    public static ServiceFigures of(List<RequestRow> requests, List<ObjectionRow> objectionRows) {
        int[] byMonth = new int[12];
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        Map<DecisionOutcome, Integer> outcomes = new EnumMap<>(DecisionOutcome.class);
        Map<String, Integer> categories = new TreeMap<>();
        List<Integer> days = new ArrayList<>();
        int open = 0;
        int withdrawn = 0;
        int onTime = 0;
        int extensions = 0;
        for (RequestRow r : requests) {
            byMonth[r.month() - 1]++;
            byChannel.merge(r.channel(), 1, Integer::sum);
            if (r.extended()) {
                extensions++;
            }
            if (r.outcome() != null) {
                outcomes.merge(r.outcome(), 1, Integer::sum);
                if (r.workingDays() != null) {
                    days.add(r.workingDays());
                }
                if (r.onTime()) {
                    onTime++;
                }
                r.refusedCategories().stream().distinct().forEach(c -> categories.merge(c, 1, Integer::sum));
            } else if (r.withdrawn()) {
                withdrawn++;
            } else {
                open++;
            }
        }
        Map<ObjectionDecision, Integer> answers = new EnumMap<>(ObjectionDecision.class);
        Map<DisputeOutcome, Integer> disputes = new EnumMap<>(DisputeOutcome.class);
        int pending = 0;
        for (ObjectionRow o : objectionRows) {
            if (o.decision() == null) {
                pending++;
            } else {
                answers.merge(o.decision(), 1, Integer::sum);
            }
            if (o.dispute() != null) {
                disputes.merge(o.dispute(), 1, Integer::sum);
            }
        }
        Collections.sort(days);
        int decided = requests.size() - open - withdrawn;
        BigDecimal average = days.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(days.stream()
                .mapToLong(Integer::longValue).sum()).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
        return new ServiceFigures(requests.size(), byMonth, byChannel, outcomes, categories, open, withdrawn, decided,
                average, percentile(days, 90), onTime, extensions, objectionRows.size(), answers, pending,
                disputes.values().stream().mapToInt(Integer::intValue).sum(), disputes);
    }

    /** The p-th percentile by nearest rank: the smallest value with at least p% of the values at or below it. */
    static int percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
