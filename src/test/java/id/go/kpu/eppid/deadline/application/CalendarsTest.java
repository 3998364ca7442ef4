package id.go.kpu.eppid.deadline.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The calendar kept for new requests' due dates (issue 8, P1): read once, read again after a change or in time. */
class CalendarsTest {

    private static final Office KUPANG = office(5371L);
    private static final Office MESUJI = office(1811L);

    private static Office office(long id) {
        return new Office() {
            @Override
            public Long getId() {
                return id;
            }
        };
    }

    /** Counts the reads of the database. */
    private static final class Counted extends Calendars {
        final AtomicInteger reads = new AtomicInteger();

        Counted(int seconds) {
            super(seconds);
        }

        @Override
        public OfficeCalendar of(Office office, ServiceKind service) {
            reads.incrementAndGet();
            return new OfficeCalendar(ZoneId.of("Asia/Makassar"),
                    Map.of(DayOfWeek.MONDAY, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0))),
                    Map.of());
        }
    }

    @Test
    void aCalendarIsReadOncePerOfficeAndServiceWithinItsTime() {
        Counted calendars = new Counted(60);
        OfficeCalendar first = calendars.current(KUPANG, ServiceKind.INFORMATION);
        assertSame(first, calendars.current(KUPANG, ServiceKind.INFORMATION));
        assertEquals(1, calendars.reads.get());
        calendars.current(KUPANG, ServiceKind.CONSULTATION);
        calendars.current(MESUJI, ServiceKind.INFORMATION);
        assertEquals(3, calendars.reads.get());
    }

    @Test
    void aCompletedCalendarChangeOrTheTimeRunningOutMeansReadingAgain() {
        Counted calendars = new Counted(60);
        calendars.current(KUPANG, ServiceKind.INFORMATION);
        calendars.changed(new CalendarChanged(null, null, "admin", "DAY_OFF_ADDED"));
        calendars.current(KUPANG, ServiceKind.INFORMATION);
        assertEquals(2, calendars.reads.get());

        Counted unkept = new Counted(0);
        unkept.current(KUPANG, ServiceKind.INFORMATION);
        unkept.current(KUPANG, ServiceKind.INFORMATION);
        assertEquals(2, unkept.reads.get());
    }
}
