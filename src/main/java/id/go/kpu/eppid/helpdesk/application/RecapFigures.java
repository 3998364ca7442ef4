package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a helpdesk recap (HD-10, HD-14): consultations by channel, party and topic; answered, escalated and
 * pending; the minutes from receipt to the first answer against the standard (reception + answer, plus the escalated
 * answer when escalated: seed 001 Lampiran III), with how many ran over; ratings and open callbacks.
 *
 * @param rows one line per consultation, in order of receipt
 */
public record RecapFigures(int total, Map<HelpdeskChannel, Integer> byChannel, Map<String, Integer> byParty,
        Map<ConsultationTopic, Integer> byTopic, int answered, int closed, int escalated, int pending,
        Double averageMinutesToAnswer, int overStandard, int ratings, Double ratingAverage, int openCallbacks,
        List<Row> rows) {

    /** One consultation as recapped. */
    public record Row(HelpdeskConsultation consultation, Long minutesToAnswer, int standardMinutes,
            boolean overStandard) {
    }

    /** The standard minutes of the helpdesk's steps that the recap measures (office figures, HD-14). */
    public record Standards(int reception, int answer, int escalatedAnswer) {
    }

    /** Computes the figures of {@code consultations} given when each was first answered. */
    public static RecapFigures of(List<HelpdeskConsultation> consultations, Map<Long, Instant> firstAnswers,
            Standards standards, int ratings, Double ratingAverage, int openCallbacks) {
        Map<HelpdeskChannel, Integer> channels = new EnumMap<>(HelpdeskChannel.class);
        Map<ConsultationTopic, Integer> topics = new EnumMap<>(ConsultationTopic.class);
        Map<String, Integer> parties = new TreeMap<>();
        int answered = 0;
        int closed = 0;
        int escalated = 0;
        int pending = 0;
        int over = 0;
        long minutesSum = 0;
        int timed = 0;
        List<Row> rows = new ArrayList<>();
        for (HelpdeskConsultation c : consultations) {
            channels.merge(c.getChannel(), 1, Integer::sum);
            topics.merge(c.getTopic(), 1, Integer::sum);
            parties.merge(c.partyName() == null ? "—" : c.partyName(), 1, Integer::sum);
            HelpdeskStatus s = c.getStatus();
            if (s == HelpdeskStatus.ANSWERED || s == HelpdeskStatus.CLOSED) {
                answered++;
            } else {
                pending++;
            }
            if (s == HelpdeskStatus.CLOSED) {
                closed++;
            }
            if (c.getEscalationLevel() > 0) {
                escalated++;
            }
            int standard = standards.reception() + standards.answer()
                    + (c.getEscalationLevel() > 0 ? standards.escalatedAnswer() : 0);
            Instant first = firstAnswers.get(c.getId());
            Long minutes = first == null ? null : Duration.between(c.getReceivedAt(), first).toMinutes();
            boolean late = minutes != null && minutes > standard;
            if (minutes != null) {
                minutesSum += minutes;
                timed++;
            }
            if (late) {
                over++;
            }
            rows.add(new Row(c, minutes, standard, late));
        }
        return new RecapFigures(consultations.size(), Collections.unmodifiableMap(channels),
                sortedByCount(parties), Collections.unmodifiableMap(topics), answered, closed, escalated, pending,
                timed == 0 ? null : (double) minutesSum / timed, over, ratings, ratingAverage, openCallbacks,
                List.copyOf(rows));
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
