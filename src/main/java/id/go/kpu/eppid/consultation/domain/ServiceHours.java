package id.go.kpu.eppid.consultation.domain;

import id.go.kpu.eppid.office.domain.Office;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * An office's service hours as the consultation rules need them (CON-4, REQ-8: every working day): its zone, the
 * opening time and the closing time per weekday. Built from {@link Office} in the application, by hand in tests.
 */
public record ServiceHours(ZoneId zone, LocalTime opensAt, Map<DayOfWeek, LocalTime> closesAt) {

    public ServiceHours {
        closesAt = Map.copyOf(closesAt);
    }

    /** The hours of {@code office}: {@link Office#getOpensAt()} and {@link Office#closesAt(DayOfWeek)}. */
    public static ServiceHours of(Office office) {
        Map<DayOfWeek, LocalTime> closes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            closes.put(day, office.closesAt(day));
        }
        return new ServiceHours(office.getZone(), office.getOpensAt(), closes);
    }

    /** The same closing time every day, another on Friday (as the offices keep them). */
    public static ServiceHours of(ZoneId zone, LocalTime opensAt, LocalTime closesAt, LocalTime fridayClosesAt) {
        Map<DayOfWeek, LocalTime> closes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            closes.put(day, day == DayOfWeek.FRIDAY ? fridayClosesAt : closesAt);
        }
        return new ServiceHours(zone, opensAt, closes);
    }

    public LocalTime closesAt(DayOfWeek day) {
        return closesAt.get(day);
    }
}
