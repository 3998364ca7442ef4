package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceHoursRow;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads an office's working calendar for a service (REQ-8): its hours per weekday from {@code service_hours} (falling
 * back to the office's own opening and closing, Monday–Friday) and the national and office days off. {@link #of}
 * reads them on every call (a few dozen rows), so a change is seen at once, inside the changing transaction too (the
 * recompute of due dates). {@link #current} keeps what it read for a new request's due date, for at most
 * {@code portal.calendar.cacheSeconds} (default 10) and only until a calendar change completes: reading it for every
 * submission was a twentieth of a submission's CPU (issue 8, P1).
 */
@ApplicationScoped
public class Calendars {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.calendar.cacheSeconds", defaultValue = "10")
    private int cacheSeconds;

    private record Key(long officeId, ServiceKind service) {
    }

    private record Kept(OfficeCalendar calendar, long generation, long readAt) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    /** Moves on with every completed calendar change: a calendar read before it is not kept. */
    private final AtomicLong generation = new AtomicLong();

    public Calendars() {
    }

    /** Outside the container (unit tests). */
    Calendars(int cacheSeconds) {
        this.cacheSeconds = cacheSeconds;
    }

    /**
     * The office's calendar for {@code service} as committed, read at most {@code portal.calendar.cacheSeconds} ago
     * and after the last calendar change of this portal completed. For new clocks (a request's due date); a
     * transaction that changes the calendar reads it with {@link #of}.
     */
    public OfficeCalendar current(Office office, ServiceKind service) {
        Key key = new Key(office.getId(), service);
        long now = System.nanoTime();
        long seen = generation.get();
        Kept k = kept.get(key);
        if (k != null && k.generation() == seen && now - k.readAt() < TimeUnit.SECONDS.toNanos(cacheSeconds)) {
            return k.calendar();
        }
        OfficeCalendar calendar = of(office, service);
        if (generation.get() == seen) {
            kept.put(key, new Kept(calendar, seen, now));
        }
        return calendar;
    }

    /** A calendar change committed or rolled back: nothing read before it is used again. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarChanged change) {
        generation.incrementAndGet();
        kept.clear();
    }

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
