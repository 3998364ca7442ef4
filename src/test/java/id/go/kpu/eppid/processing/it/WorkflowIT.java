package id.go.kpu.eppid.processing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.Disposition;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestTracking;
import id.go.kpu.eppid.request.application.TrackingView;
import id.go.kpu.eppid.request.domain.IllegalTransitionException;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow service in the container (REQ-4, REQ-5, ORG-3): who may dispose and act, illegal moves refused,
 * the disposition chain, the paused-and-resumed incomplete state, and the applicant's milestone mails.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestWorkflow workflow;
    @Inject
    RequestRecords records;
    @Inject
    StaffDirectory staff;
    @Inject
    MailQueue mailQueue;
    @Inject
    SampleRequests samples;
    @Inject
    RequestTracking tracking;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private long submit() {
        return samples.submit(RequestKind.INFORMATION);
    }

    private ServiceRequest request(long id) {
        return records.find(id, who("ketua.kupang")).orElseThrow();
    }

    private static String key(InvalidInputException e) {
        return e.problems().get(0).key();
    }

    @Test
    void onlyTheChairOrSecretaryDisposeAndOnlyTheAssignedOfficialActsNext() {
        long id = submit();
        DisposeCommand toKasubag = new DisposeCommand(who("kasubag.kupang").getId(), "Siapkan datanya.",
                DispositionPriority.URGENT, LocalDate.now().plusDays(3));
        assertEquals("workflow.notAllowed.dispose", key(assertThrows(InvalidInputException.class,
                () -> workflow.dispose(who("staf.kupang"), id, toKasubag))));
        assertEquals("workflow.request.notFound", key(assertThrows(InvalidInputException.class,
                () -> workflow.dispose(who("admin.mesuji"), id, toKasubag))), "another office's request");
        assertEquals(List.of("toOfficial", "instructions"), assertThrows(InvalidInputException.class,
                () -> workflow.dispose(who("ketua.kupang"), id, new DisposeCommand(null, " ",
                        DispositionPriority.NORMAL, null))).problems().stream().map(p -> p.field()).toList());

        Disposition first = workflow.dispose(who("ketua.kupang"), id, toKasubag);
        assertEquals(RequestStatus.DISPOSED, request(id).getStatus());
        assertEquals("kasubag.kupang", request(id).getAssignee().getUsername());

        // ORG-3: a division head who was not assigned cannot act; the assigned subdivision head can
        assertEquals("workflow.notAllowed.assignee", key(assertThrows(InvalidInputException.class,
                () -> workflow.move(who("kabag.kupang"), id, RequestTransition.START_ANALYSIS, null))));
        assertEquals(RequestStatus.IN_ANALYSIS,
                workflow.move(who("kasubag.kupang"), id, RequestTransition.START_ANALYSIS, null));
        assertEquals(2, mailQueue.forRequest(id).size(), "receipt, then the 'in analysis' milestone");

        // illegal moves are refused with the move and the state named
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> workflow.move(who("kasubag.kupang"), id, RequestTransition.START_ANALYSIS, null));
        assertEquals(RequestStatus.IN_ANALYSIS, again.from());
        assertEquals("workflow.ownStep", key(assertThrows(InvalidInputException.class,
                () -> workflow.move(who("kasubag.kupang"), id, RequestTransition.DELIVER, null))),
                "delivering goes through its own step");

        // re-disposition keeps the chain
        Disposition second = workflow.dispose(who("sekretaris.kupang"), id, new DisposeCommand(
                who("kabag.kupang").getId(), "Ambil alih, koordinasikan dengan Divisi Data.",
                DispositionPriority.VERY_URGENT, null));
        assertEquals(first.getId(), second.getPreviousId());
        assertNull(first.getPreviousId());
        assertEquals("kabag.kupang", request(id).getAssignee().getUsername());
        assertEquals(RequestStatus.DISPOSED, request(id).getStatus());
    }

    @Test
    void incompletePausesAndReturnsAndWithdrawnIsFinal() {
        Receipt receipt = samples.submitOnline(RequestKind.INFORMATION);
        long id = receipt.requestId();
        workflow.dispose(who("ketua.kupang"), id, new DisposeCommand(who("kasubag.kupang").getId(), "Proses.",
                DispositionPriority.NORMAL, null));
        workflow.move(who("kasubag.kupang"), id, RequestTransition.START_ANALYSIS, null);
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> workflow.move(who("kasubag.kupang"), id, RequestTransition.MARK_INCOMPLETE, " "));
        assertEquals("reason", noReason.problems().get(0).field(), "asking to complete needs a reason");
        assertEquals(RequestStatus.INCOMPLETE, workflow.move(who("kasubag.kupang"), id,
                RequestTransition.MARK_INCOMPLETE, "Mohon lengkapi salinan KTP yang terbaca."));
        assertEquals(RequestStatus.IN_ANALYSIS, workflow.move(who("ppid.kupang"), id, RequestTransition.COMPLETE,
                null), "back to where it was, recorded by the PPID desk");
        assertEquals(RequestStatus.WITHDRAWN, workflow.move(who("fo.kupang"), id, RequestTransition.WITHDRAW,
                "Pemohon mencabut permohonan melalui surat."));
        assertThrows(IllegalTransitionException.class,
                () -> workflow.move(who("kasubag.kupang"), id, RequestTransition.CONSULT_DIVISION, null));

        // the applicant's tracking shows every status change in order, and only those (issue 8 P4)
        TrackingView tracked = tracking.find(receipt.registrationNumber(), receipt.trackingCode(), "192.0.2.7")
                .orElseThrow();
        assertEquals(RequestStatus.WITHDRAWN, tracked.status());
        assertEquals(List.of(RequestStatus.RECEIVED, RequestStatus.DISPOSED, RequestStatus.IN_ANALYSIS,
                RequestStatus.INCOMPLETE, RequestStatus.IN_ANALYSIS, RequestStatus.WITHDRAWN),
                tracked.history().stream().map(TrackingView.Step::status).toList());
        assertTrue(tracking.find(receipt.registrationNumber(), "WRONGCODE2", "192.0.2.7").isEmpty());
    }
}
