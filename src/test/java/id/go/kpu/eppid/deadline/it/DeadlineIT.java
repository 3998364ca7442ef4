package id.go.kpu.eppid.deadline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Due dates in the container (REQ-8, LAW-1): every request gets its regime's due date with the explanation; an office
 * closure added to the calendar moves the due dates of open requests and says so in their history; the clock's pause
 * while the applicant completes the request is recorded and explained.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(DeadlineIT.class);
    }

    @Inject
    SampleRequests samples;
    @Inject
    RequestRecords records;
    @Inject
    StaffDirectory staff;
    @Inject
    RequestWorkflow workflow;
    @Inject
    DeadlinePolicy deadlines;
    @Inject
    Calendars calendars;
    @Inject
    WorkingCalendarAdmin calendarAdmin;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private ServiceRequest request(long id) {
        return records.find(id, who("ketua.kupang")).orElseThrow();
    }

    @Test
    void aClosureAddedToTheCalendarMovesOpenDueDatesAndTheHistorySaysSo() {
        long id = samples.submit(RequestKind.INFORMATION);
        ServiceRequest r = request(id);
        assertEquals("INFO_STANDARD", r.getRegime().getCode());
        List<String> explanation = deadlines.explanation(r, Messages.INDONESIAN);
        assertTrue(explanation.get(0).startsWith("Diterima "), explanation.toString());
        assertTrue(explanation.get(explanation.size() - 1).startsWith("Hari kerja ke-10"), explanation.toString());

        OfficeCalendar cal = calendars.of(r.getOffice(), ServiceKind.INFORMATION);
        LocalDate oldDue = LocalDateTime.ofInstant(r.getDueAt(), cal.zone()).toLocalDate();
        LocalDate closed = oldDue.minusDays(1);
        while (!cal.isWorkingDay(closed)) {
            closed = closed.minusDays(1);
        }
        // the office's administrator closes the office that day, as on /staff/admin/calendar.xhtml
        calendarAdmin.add(who("admin.kupang"), new WorkingCalendarAdmin.DayOffInput(false, closed,
                DayOffKind.OFFICE_CLOSURE, "Libur daerah (uji)", "Keputusan Ketua KPU Kota Kupang (uji)", true));

        ServiceRequest after = request(id);
        OfficeCalendar now = calendars.of(after.getOffice(), ServiceKind.INFORMATION);
        assertEquals(now.nextWorkingDay(oldDue), LocalDateTime.ofInstant(after.getDueAt(), cal.zone()).toLocalDate(),
                "one working day later");
        assertTrue(deadlines.explanation(after, Messages.INDONESIAN).stream()
                .anyMatch(l -> l.contains("Libur daerah (uji)")), "the closure is named in the explanation");
        assertTrue(records.events(after).stream().anyMatch(e -> e.getAction() == EventAction.DEADLINE_RECOMPUTED
                && e.getNote().contains("Libur daerah (uji)")), "the history says why the due date moved");
    }

    @Test
    void thePauseWhileTheApplicantCompletesTheRequestIsRecordedAndExplained() {
        long id = samples.submit(RequestKind.INFORMATION);
        workflow.dispose(who("ketua.kupang"), id, new DisposeCommand(who("kasubag.kupang").getId(), "Proses.",
                DispositionPriority.NORMAL, null));
        workflow.move(who("kasubag.kupang"), id, RequestTransition.MARK_INCOMPLETE, "Lampirkan KTP yang terbaca.");
        assertTrue(deadlines.explanation(request(id), Messages.INDONESIAN).stream()
                .anyMatch(l -> l.startsWith("Waktu berhenti sejak")), "paused now");
        workflow.move(who("ppid.kupang"), id, RequestTransition.COMPLETE, null);
        assertTrue(deadlines.explanation(request(id), Messages.INDONESIAN).stream()
                .anyMatch(l -> l.startsWith("Waktu berhenti ") && l.contains("ditambah")), "the pause, closed");
    }
}
