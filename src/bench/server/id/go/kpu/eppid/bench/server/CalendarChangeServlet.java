package id.go.kpu.eppid.bench.server;

import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin;
import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * P3 of the benchmark (issue 8): a national day off added ({@code POST ?day=yyyy-mm-dd}) or deleted
 * ({@code DELETE ?id=n}) through the calendar administration the portal's page uses, as KPU RI's administrator — the
 * due dates of every open request of every office are recomputed in that call. Answers the milliseconds it took.
 * Only in the WAR that {@code mvn -Pbench verify} builds.
 */
@WebServlet(urlPatterns = "/bench/calendar")
public class CalendarChangeServlet extends HttpServlet {

    @Inject
    private WorkingCalendarAdmin calendar;

    @Inject
    private StaffDirectory staff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffAccount admin = staff.findByUsername("admin.ri").orElseThrow();
        long started = System.nanoTime();
        DayOff added = calendar.add(admin, new WorkingCalendarAdmin.DayOffInput(true,
                LocalDate.parse(request.getParameter("day")), DayOffKind.NATIONAL_HOLIDAY,
                "Hari libur uji tolok ukur", "Uji tolok ukur (bukan keputusan)", true));
        answer(response, added.getId(), started);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffAccount admin = staff.findByUsername("admin.ri").orElseThrow();
        long started = System.nanoTime();
        long id = Long.parseLong(request.getParameter("id"));
        calendar.delete(admin, id);
        answer(response, id, started);
    }

    private static void answer(HttpServletResponse response, long id, long started) throws IOException {
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.setContentType("application/json");
        response.getWriter().write("{\"id\":" + id + ",\"millis\":" + millis + "}");
    }
}
