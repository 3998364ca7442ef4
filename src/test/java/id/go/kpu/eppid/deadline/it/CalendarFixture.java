package id.go.kpu.eppid.deadline.it;

import id.go.kpu.eppid.deadline.application.CalendarChanged;
import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/** Test-only: adds an office's day off and announces the change, as the calendar administration does. */
@ApplicationScoped
public class CalendarFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CalendarChanged> changed;

    @Transactional
    public void closeOffice(long officeId, LocalDate day, String name) {
        em.persist(new DayOff(officeId, day, DayOffKind.OFFICE_CLOSURE, name, "Keputusan Ketua KPU Kota (uji)", true,
                "admin.kupang", Instant.now()));
        em.flush();
        changed.fire(new CalendarChanged(officeId, "admin.kupang", name + " " + day));
    }
}
