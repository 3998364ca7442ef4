package id.go.kpu.eppid.standards.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.standards.application.DeadlineDashboard;
import id.go.kpu.eppid.standards.application.DeadlineReminders;
import id.go.kpu.eppid.standards.application.LightBoard;
import id.go.kpu.eppid.standards.application.OpenRequestFilter;
import id.go.kpu.eppid.standards.application.StepDuration;
import id.go.kpu.eppid.standards.application.StepStandard;
import id.go.kpu.eppid.standards.application.StepStandardsAdmin;
import id.go.kpu.eppid.standards.application.StepSummary;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.standards.application.StepTimes;
import id.go.kpu.eppid.standards.domain.ReminderKind;
import id.go.kpu.eppid.standards.domain.StepProcess;
import id.go.kpu.eppid.standards.domain.TrafficLight;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadline reminders and step times in the container (issue 5, REQ-4, ORG-3): a request due on the next working day
 * gets its D1 reminder once however often the job runs, mailed to the assigned official and the Chair who disposed
 * it; a request taken through disposition and the start of the analysis has its two steps timed against the seed's
 * 5 and 10 minutes; the dashboard counts and lists it.
 */
@ExtendWith(ArquillianExtension.class)
class StandardsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    SampleRequests samples;
    @Inject
    RequestWorkflow workflow;
    @Inject
    StaffDirectory staff;
    @Inject
    MailQueue mailQueue;
    @Inject
    Calendars calendars;
    @Inject
    DeadlineReminders reminders;
    @Inject
    StepTimes stepTimes;
    @Inject
    DeadlineDashboard dashboard;
    @Inject
    StandardsFixtures fixtures;
    @Inject
    StepStandardsAdmin standardsAdmin;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private long disposedToKasubag() {
        long id = samples.submit(RequestKind.INFORMATION);
        workflow.dispose(who("ketua.kupang"), id, new DisposeCommand(who("kasubag.kupang").getId(),
                "Siapkan datanya.", DispositionPriority.NORMAL, null));
        return id;
    }

    @Test
    void aRequestDueOnTheNextWorkingDayGetsOneD1ReminderToTheAssigneeAndTheSuperior() {
        fixtures.email("ketua.kupang", "ketua.kupang@example.org");
        fixtures.email("kasubag.kupang", "kasubag.kupang@example.org");
        long id = disposedToKasubag();
        Office office = who("ketua.kupang").getOffice();
        OfficeCalendar calendar = calendars.of(office, ServiceKind.INFORMATION);
        Instant now = Instant.now();
        LocalDate today = now.atZone(office.getZone()).toLocalDate();
        fixtures.due(id, calendar.plusWorkingDays(today, 1).atTime(LocalTime.of(15, 0)).atZone(office.getZone())
                .toInstant());

        reminders.run(now);
        reminders.run(now);
        assertFalse(reminders.remind(id, ReminderKind.D1, now).sent(), "a third attempt sends nothing");

        assertEquals(List.of(ReminderKind.D1), reminders.sentFor(id));
        List<OutgoingMail> mails = mailQueue.forRequest(id).stream()
                .filter(m -> m.getSubject().startsWith("Pengingat")).toList();
        assertEquals(Set.of("kasubag.kupang@example.org", "ketua.kupang@example.org"),
                mails.stream().map(OutgoingMail::getRecipient).collect(Collectors.toSet()));
        assertEquals(2, mails.size(), "one mail each");
        assertTrue(mails.get(0).getBody().contains("jatuh tempo"), mails.get(0).getBody());

        LightBoard board = dashboard.lights(who("ketua.kupang"), now);
        assertTrue(board.dueSoon() >= 1);
        assertTrue(dashboard.open(who("kasubag.kupang"), new OpenRequestFilter(TrafficLight.DUE_SOON, null, null,
                null), now, 0, 100).stream().anyMatch(r -> r.id() == id), "the assignee sees it due soon");
        assertTrue(dashboard.countOpen(who("ketua.kupang"), OpenRequestFilter.all(), now) >= 1);
    }

    @Test
    void disposingAndStartingTheAnalysisAreTimedAgainstTheSeedStandards() {
        long id = disposedToKasubag();
        workflow.move(who("kasubag.kupang"), id, RequestTransition.START_ANALYSIS, null);

        Map<String, StepDuration> steps = stepTimes.forRequest(id).stream()
                .collect(Collectors.toMap(StepDuration::code, s -> s));
        assertEquals(Set.of("L06_DISPOSE", "L07_READ"), steps.keySet(), "only the steps that have ended");
        assertEquals(5, steps.get("L06_DISPOSE").standardMinutes());
        assertEquals(10, steps.get("L07_READ").standardMinutes());
        assertEquals(StepProcess.REQUEST_LETTER, steps.get("L07_READ").process());
        assertEquals("ketua.kupang", steps.get("L06_DISPOSE").official());
        assertEquals("kasubag.kupang", steps.get("L07_READ").official());
        assertTrue(steps.get("L07_READ").seconds() >= 0 && !steps.get("L07_READ").overStandard());

        Office office = who("ketua.kupang").getOffice();
        LocalDate today = LocalDate.now(office.getZone());
        StepSummary dispose = stepTimes.summary(office, today, today, null).stream()
                .filter(s -> s.step().code().equals("L06_DISPOSE")).findFirst().orElseThrow();
        assertTrue(dispose.stats().count() >= 1);
        assertTrue(stepTimes.summary(office, today, today, "kasubag.kupang").stream()
                .anyMatch(s -> s.step().code().equals("L07_READ") && s.stats().count() >= 1));
        assertTrue(stepTimes.byOfficial(office, today, today).stream()
                .anyMatch(s -> "kasubag.kupang".equals(s.official())));
        long over = stepTimes.countOverStandard(office, today, today, null, null);
        assertEquals(Math.min(over, 100), stepTimes.overStandard(office, today, today, null, null, 0, 100).size());
        assertEquals(22, stepTimes.standards(office).size(),
                "seed 003: 9 letter and 4 walk-in steps; seed 001: 6; seed 002: 3");
    }

    @Test
    void anOfficeSetsItsOwnStandardWithItsLegalBasisAndReturnsToTheNationalOne() {
        StaffAccount admin = who("admin.kupang");
        Office kupang = admin.getOffice();
        Office ntt = who("admin.ntt").getOffice();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> standardsAdmin.override(admin, StepProcess.REQUEST_LETTER, "L07_READ", 0, " "));
        assertEquals(Set.of("minutes", "source"), refused.problems().stream().map(p -> p.field())
                .collect(Collectors.toSet()));
        assertThrows(InvalidInputException.class, () -> standardsAdmin.override(who("ketua.kupang"),
                StepProcess.REQUEST_LETTER, "L07_READ", 20, "SK"), "the Chair is not the administrator");
        try {
            standardsAdmin.override(admin, StepProcess.REQUEST_LETTER, "L07_READ", 20,
                    "Keputusan Ketua KPU Kota Kupang Nomor 7 Tahun 2026");
            standardsAdmin.override(admin, StepProcess.REQUEST_LETTER, "L07_READ", 25,
                    "Keputusan Ketua KPU Kota Kupang Nomor 8 Tahun 2026");
            StepStandard own = step(kupang, "L07_READ");
            assertEquals(25, own.standardMinutes());
            assertEquals(10, own.nationalMinutes());
            assertTrue(own.officeOwn() && own.timed() && own.source().contains("Nomor 8"), own.toString());
            assertEquals(10, step(ntt, "L07_READ").standardMinutes(), "the other offices keep the national one");

            long id = disposedToKasubag();
            workflow.move(who("kasubag.kupang"), id, RequestTransition.START_ANALYSIS, null);
            assertEquals(25, stepTimes.forRequest(id).stream().filter(s -> s.code().equals("L07_READ"))
                    .findFirst().orElseThrow().standardMinutes(), "timed against the office's own standard");
        } finally {
            standardsAdmin.reset(admin, StepProcess.REQUEST_LETTER, "L07_READ");
        }
        assertEquals(10, step(kupang, "L07_READ").standardMinutes());
        assertFalse(step(kupang, "L07_READ").officeOwn());
    }

    private StepStandard step(Office office, String code) {
        return stepTimes.standards(office).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
