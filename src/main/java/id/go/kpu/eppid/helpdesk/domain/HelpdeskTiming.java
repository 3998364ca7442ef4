package id.go.kpu.eppid.helpdesk.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HD-14 (seed 001 Lampiran III): a consultation's steps timed against the helpdesk's standards — reception and noting
 * (receipt to the read-back confirmation of a conversation), answer (to the first answer), each escalated answer (a
 * level's time), recording in the report (first answer to the form printed) and report and documentation (form printed
 * to the form signed). A step that has not started or not ended has no time yet; sign-in (the guest book) is measured
 * at the desk, not here. A step over its standard lengthens the consultation (seed 002 PERINGATAN).
 */
public final class HelpdeskTiming {

    /** One step: its standard's code, the minutes it took (null: not measured), the standard, and whether over. */
    public record Step(String code, Long minutes, int standardMinutes, String detail) {

        public boolean over() {
            return minutes != null && minutes > standardMinutes;
        }
    }

    private HelpdeskTiming() {
    }

    /**
     * The steps of {@code c} from its thread and escalation levels; {@code standards} maps step codes (H02_RECEIVE …)
     * to the office's standard minutes.
     */
    public static List<Step> steps(HelpdeskConsultation c, List<HelpdeskEntry> thread, List<HelpdeskEscalation> levels,
            Map<String, Integer> standards) {
        List<Step> steps = new ArrayList<>();
        Instant received = c.getReceivedAt();
        Optional<Instant> answered = first(thread, HelpdeskEntryKind.ANSWERED);
        if (c.getChannel().readBack()) {
            steps.add(step("H02_RECEIVE", received, c.getProblemConfirmedAt(), standards, null));
        }
        Instant answerStart = c.getChannel().readBack() && c.getProblemConfirmedAt() != null
                ? c.getProblemConfirmedAt() : received;
        steps.add(step("H03_ANSWER", answerStart, answered.orElse(null), standards, null));
        for (HelpdeskEscalation level : levels) {
            steps.add(step("H04_ESCALATED", level.getEscalatedAt(), level.getClosedAt(), standards,
                    Integer.toString(level.getLevel())));
        }
        Optional<Instant> printed = first(thread, HelpdeskEntryKind.FORM_PRINTED);
        steps.add(step("H05_RECORD", answered.orElse(null), printed.orElse(null), standards, null));
        steps.add(step("H06_DOCUMENT", printed.orElse(null), first(thread, HelpdeskEntryKind.FORM_SIGNED_OFFICER)
                .or(() -> first(thread, HelpdeskEntryKind.FORM_SCANNED)).orElse(null), standards, null));
        return steps;
    }

    private static Step step(String code, Instant start, Instant end, Map<String, Integer> standards, String detail) {
        Long minutes = start == null || end == null ? null : Duration.between(start, end).toMinutes();
        return new Step(code, minutes, standards.getOrDefault(code, 0), detail);
    }

    private static Optional<Instant> first(List<HelpdeskEntry> thread, HelpdeskEntryKind kind) {
        return thread.stream().filter(e -> e.getKind() == kind).map(HelpdeskEntry::getOccurredAt).min(Instant::compareTo);
    }
}
