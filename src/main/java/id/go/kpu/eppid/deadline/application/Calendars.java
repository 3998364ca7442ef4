package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceHoursRow;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads an office's working calendar for a service (REQ-8): its hours per weekday from {@code service_hours} (falling
 * back to the office's own opening and closing, Monday–Friday) and the national and office days off. Loaded per call
 * (a few dozen rows), so a change is seen at once.
 */
@ApplicationScoped
public class Calendars {

    @PersistenceContext
    private EntityManager em;

    /** The office's calendar for {@code service}. */
    public OfficeCalendar of(Office office, ServiceKind service) {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (ServiceHoursRow row : hours(office.getId(), service)) {
            week.put(row.getDay(), new OfficeCalendar.Hours(row.getOpensAt(), row.getClosesAt()));
        }
        if (week.isEmpty()) {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                week.put(d, new OfficeCalendar.Hours(office.getOpensAt(), office.closesAt(d)));
            }
        }
        Map<LocalDate, OfficeCalendar.Closure> off = new HashMap<>();
        for (DayOff d : daysOff(office.getId())) {
            // the office's own entry for a day wins over the national one (listed after it)
            off.put(d.getDay(), new OfficeCalendar.Closure(d.getDay(), d.getKind(), d.getName()));
        }
        return new OfficeCalendar(office.getZone(), week, off);
    }

    /** The office's hours for a service, by weekday. */
    public List<ServiceHoursRow> hours(long officeId, ServiceKind service) {
        return em.createQuery("select h from ServiceHoursRow h where h.key.officeId = :o and h.key.service = :s "
                + "order by h.key.weekday", ServiceHoursRow.class)
                .setParameter("o", officeId).setParameter("s", service).getResultList();
    }

    /** National days off and the office's own, national first. */
    public List<DayOff> daysOff(long officeId) {
        return em.createQuery("select d from DayOff d where d.officeId is null or d.officeId = :o "
                + "order by case when d.officeId is null then 0 else 1 end, d.day", DayOff.class)
                .setParameter("o", officeId).getResultList();
    }
}
