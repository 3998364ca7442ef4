package id.go.kpu.eppid.processing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.processing.application.DecisionLetterFacts;
import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestDecisions;
import id.go.kpu.eppid.processing.application.RequestDecisions.AnalysisInput;
import id.go.kpu.eppid.processing.application.RequestDecisions.ItemInput;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.Classification;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IllegalTransitionException;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Analysis, classification, decision and extension in the container (REQ-4, REQ-6, LAW-1, LAW-2, ORG-3): only the
 * assigned official works on it, the outcome follows from the classifications, an excepted item needs its Pasal 17
 * category and consequence test, data files are checked by content, and the deadline is extended once by ≤ 7 days.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestWorkflow workflow;
    @Inject
    RequestDecisions decisions;
    @Inject
    DecisionLetterFacts facts;
    @Inject
    RequestRecords records;
    @Inject
    RequestUploads uploads;
    @Inject
    StaffDirectory staff;
    @Inject
    MailQueue mailQueue;
    @Inject
    SampleRequests samples;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private ServiceRequest request(long id) {
        return records.find(id, who("ketua.kupang")).orElseThrow();
    }

    /** A request disposed to the subdivision head, who started the analysis. */
    private long inAnalysis() {
        long id = samples.submit(RequestKind.INFORMATION);
        workflow.dispose(who("ketua.kupang"), id, new DisposeCommand(who("kasubag.kupang").getId(),
                "Siapkan datanya.", DispositionPriority.NORMAL, null));
        workflow.move(who("kasubag.kupang"), id, RequestTransition.START_ANALYSIS, null);
        return id;
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(p -> p.field()).toList();
    }

    @Test
    void onlyTheAssignedOfficialOrTheirSuperiorWorksOnTheAnalysis() {
        long id = inAnalysis();
        AnalysisInput held = new AnalysisInput("Rekap hasil per kecamatan", true, null, null);
        assertEquals("workflow.notAllowed.assignee", assertThrows(InvalidInputException.class,
                () -> decisions.recordAnalysis(who("kabag.kupang"), id, held)).problems().get(0).key());
        assertEquals("workflow.request.notFound", assertThrows(InvalidInputException.class,
                () -> decisions.recordAnalysis(who("admin.mesuji"), id, held)).problems().get(0).key());
        decisions.recordAnalysis(who("kasubag.kupang"), id, held);
        decisions.recordAnalysis(who("sekretaris.kupang"), id, held); // the superior may step in
        assertFalse(decisions.mayAnalyse(who("kabag.kupang"), request(id)));
        assertTrue(decisions.mayAnalyse(who("kasubag.kupang"), request(id)));
    }

    @Test
    void anOpenRequestIsGrantedWithItsDataAndTheApplicantIsTold() {
        long id = inAnalysis();
        StaffAccount kasubag = who("kasubag.kupang");
        assertEquals(List.of("identification", "held"), fields(assertThrows(InvalidInputException.class,
                () -> decisions.recordAnalysis(kasubag, id, new AnalysisInput(" ", null, null, null)))));
        decisions.recordAnalysis(kasubag, id, new AnalysisInput("Rekap hasil per kecamatan", true, null,
                "Divisi Teknis: data tersedia dalam format PDF."));
        assertEquals(List.of("decision.missing.items"), decisions.decisionProblems(request(id)));
        decisions.saveItem(kasubag, id, null, new ItemInput("Rekap D hasil Kecamatan Oebobo", Classification.NOT_EXCEPTED,
                null, null, null, null, null));

        // REQ-4: prepared data is checked by its content; an executable renamed .pdf is refused
        byte[] exe = TestFiles.windowsExecutable();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> uploads.accept(FileKind.DATA, "rekap.pdf", exe.length, new ByteArrayInputStream(exe)));
        assertEquals("upload.rejectedType.data", refused.problems().get(0).key());
        byte[] csv = "kecamatan;suara\nOebobo;1234\n".getBytes(StandardCharsets.UTF_8);
        decisions.attachData(kasubag, id, uploads.accept(FileKind.DATA, "rekap.csv", csv.length,
                new ByteArrayInputStream(csv)));
        byte[] pdf = TestFiles.pdf();
        decisions.attachData(kasubag, id, uploads.accept(FileKind.DATA, "rekap.pdf", pdf.length,
                new ByteArrayInputStream(pdf)));

        assertEquals(DecisionOutcome.GRANTED, decisions.decide(kasubag, id, null));
        assertEquals(RequestStatus.DECIDED, request(id).getStatus());
        assertEquals(Set.of(OutgoingLetterType.ACCEPTANCE), facts.applicable(request(id)));
        Map<String, Object> f = facts.facts(request(id), OutgoingLetterType.ACCEPTANCE, Messages.INDONESIAN);
        assertEquals(2, ((List<?>) f.get("dataFiles")).size());
        assertEquals(1, ((List<?>) f.get("items")).size());
        assertTrue(mailQueue.forRequest(id).stream().anyMatch(m -> m.getSubject().contains("Diputus")
                || m.getBody().contains(Messages.of(Messages.INDONESIAN).label(RequestStatus.DECIDED))));
        assertEquals("decision.notInAnalysis", assertThrows(InvalidInputException.class,
                () -> decisions.saveItem(kasubag, id, null, new ItemInput("lagi", Classification.NOT_EXCEPTED, null,
                        null, null, null, null))).problems().get(0).key(), "a decided request is not re-classified");
    }

    @Test
    void anExceptedItemNeedsItsCategoryConsequenceTestAndLegalBasis() {
        long id = inAnalysis();
        StaffAccount kasubag = who("kasubag.kupang");
        decisions.recordAnalysis(kasubag, id, new AnalysisInput("Data pribadi pemilih", true, null, null));
        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> decisions.saveItem(
                kasubag, id, null, new ItemInput("Salinan KTP-el pemilih", Classification.EXCEPTED, null, null, null,
                        null, null)));
        assertEquals(List.of("category", "harm", "publicInterest", "legalBasis"), fields(incomplete));
        decisions.saveItem(kasubag, id, null, new ItemInput("Salinan KTP-el pemilih", Classification.EXCEPTED, "h",
                "Membuka data pribadi pemilih.", "Melindungi hak atas rahasia pribadi.",
                "UU 14/2008 Pasal 17 huruf h; UU 27/2022", null));
        assertEquals(DecisionOutcome.REFUSED, decisions.pendingOutcome(request(id)).orElseThrow());
        assertEquals(DecisionOutcome.REFUSED, decisions.decide(kasubag, id, "Ditolak seluruhnya."));
        Map<String, Object> f = facts.facts(request(id), OutgoingLetterType.REFUSAL, Messages.INDONESIAN);
        @SuppressWarnings("unchecked")
        Map<String, String> item = ((List<Map<String, String>>) f.get("items")).get(0);
        assertEquals("Pasal 17 huruf h", item.get("category"));
        assertTrue(item.get("categoryText").contains("pribadi"), item.get("categoryText"));
        assertTrue(f.get("objectionTo").toString().contains("Atasan PPID"));
        assertTrue(f.containsKey("objectionDeadline"));
    }

    @Test
    void notHeldNamesTheBodyThatHoldsIt() {
        long id = inAnalysis();
        StaffAccount kasubag = who("kasubag.kupang");
        assertEquals(List.of("holderBody"), fields(assertThrows(InvalidInputException.class,
                () -> decisions.recordAnalysis(kasubag, id, new AnalysisInput("Data pengawasan", false, "", null)))));
        decisions.recordAnalysis(kasubag, id, new AnalysisInput("Data pengawasan", false, "Bawaslu Kota Kupang",
                null));
        assertEquals(DecisionOutcome.NOT_HELD, decisions.decide(kasubag, id, null));
        assertEquals("Bawaslu Kota Kupang",
                facts.facts(request(id), OutgoingLetterType.NOT_HELD, Messages.INDONESIAN).get("holderBody"));
    }

    @Test
    void theDeadlineIsExtendedOnceByAtMostSevenWorkingDays() {
        long id = inAnalysis();
        StaffAccount kasubag = who("kasubag.kupang");
        Instant due = request(id).getDueAt();
        assertEquals(List.of("extensionDays", "extensionReason"), fields(assertThrows(InvalidInputException.class,
                () -> decisions.extend(kasubag, id, 8, " "))));
        assertEquals("workflow.notAllowed.assignee", assertThrows(InvalidInputException.class,
                () -> decisions.extend(who("kabag.kupang"), id, 3, "Data di gudang arsip.")).problems().get(0).key());
        Instant extended = decisions.extend(kasubag, id, 7, "Data tersimpan di gudang arsip dan perlu dipilah.");
        assertTrue(extended.isAfter(due));
        assertEquals(extended, request(id).getDueAt());
        assertEquals(RequestStatus.EXTENDED, request(id).getStatus());
        assertThrows(IllegalTransitionException.class, () -> decisions.extend(kasubag, id, 1, "Lagi."));
        // back to analysis through a division consultation, the state machine would allow EXTEND again: LAW-1 not
        workflow.move(kasubag, id, RequestTransition.CONSULT_DIVISION, null);
        workflow.move(kasubag, id, RequestTransition.RESUME_ANALYSIS, null);
        assertEquals("extension.once", assertThrows(InvalidInputException.class,
                () -> decisions.extend(kasubag, id, 1, "Lagi.")).problems().get(0).key());
        assertFalse(decisions.mayExtend(kasubag, request(id)));
        Map<String, Object> f = facts.facts(request(id), OutgoingLetterType.EXTENSION, Messages.INDONESIAN);
        assertEquals("7", f.get("extensionDays"));
        assertTrue(f.get("extensionReason").toString().contains("gudang arsip"));
    }
}
