package id.go.kpu.eppid.consultation.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A consultation to schedule (CON-3, CON-4): the official consulted, the office-local date and times, where (a
 * place, an online link or both) and the division staff accompanying. Checked by {@link Consultations#schedule}.
 */
public record ScheduleCommand(Long officialId, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
        String onlineLink, List<Long> companionIds) {

    public ScheduleCommand {
        companionIds = companionIds == null ? List.of() : List.copyOf(companionIds);
    }
}
