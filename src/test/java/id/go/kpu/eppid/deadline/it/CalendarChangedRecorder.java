package id.go.kpu.eppid.deadline.it;

import id.go.kpu.eppid.deadline.application.CalendarChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only observer: keeps every {@link CalendarChanged} fired in the container. */
@ApplicationScoped
public class CalendarChangedRecorder {

    private final List<CalendarChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes CalendarChanged event) {
        seen.add(event);
    }

    public List<CalendarChanged> seen() {
        return seen;
    }

    public void clear() {
        seen.clear();
    }
}
