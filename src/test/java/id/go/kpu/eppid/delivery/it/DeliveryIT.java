package id.go.kpu.eppid.delivery.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.delivery.application.HandOverCommand;
import id.go.kpu.eppid.delivery.application.HandOvers;
import id.go.kpu.eppid.delivery.application.TrackedDocuments;
import id.go.kpu.eppid.delivery.domain.HandOver;
import id.go.kpu.eppid.delivery.domain.HandOverContent;
import id.go.kpu.eppid.delivery.domain.HandOverMethod;
import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestDecisions.AnalysisInput;
import id.go.kpu.eppid.processing.application.RequestDecisions.ItemInput;
import id.go.kpu.eppid.processing.application.RequestDecisions;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.Classification;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.shared.mail.MailAttachment;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hand-overs in the container (REQ-4 steps 11 and 13, REQ-5): the reply letter and data by e-mail with attachments,
 * raw data collected at the desk with the recipient's signature, the expedition-book numbering, what the tracking page
 * offers, and who may hand over.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryIT {

    private static final String SIGNATURE = "data:image/png;base64,"
            + Base64.getEncoder().encodeToString(TestFiles.png());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestWorkflow workflow;
    @Inject
    RequestDecisions decisions;
    @Inject
    OutgoingLetters letters;
    @Inject
    HandOvers handOvers;
    @Inject
    TrackedDocuments tracked;
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

    /** A granted request with one data file, decided by the subdivision head. */
    private long granted() {
        long id = samples.submit(RequestKind.INFORMATION);
        StaffAccount kasubag = who("kasubag.kupang");
        workflow.dispose(who("ketua.kupang"), id, new DisposeCommand(kasubag.getId(), "Siapkan.",
                DispositionPriority.NORMAL, null));
        workflow.move(kasubag, id, RequestTransition.START_ANALYSIS, null);
        decisions.recordAnalysis(kasubag, id, new AnalysisInput("Rekap hasil", true, null, null));
        decisions.saveItem(kasubag, id, null, new ItemInput("Rekap D hasil", Classification.NOT_EXCEPTED, null, null,
                null, null, null));
        byte[] pdf = TestFiles.pdf();
        decisions.attachData(kasubag, id, uploads.accept(FileKind.DATA, "rekap-d-hasil.pdf", pdf.length,
                new ByteArrayInputStream(pdf)));
        decisions.decide(kasubag, id, null);
        return id;
    }

    private static String key(InvalidInputException e) {
        return e.problems().get(0).key();
    }

    @Test
    void theReplyLetterAndDataGoByEmailAndTheApplicantDownloadsThem() {
        long id = granted();
        StaffAccount kasubag = who("kasubag.kupang");
        assertEquals("delivery.letter.invalid", key(assertThrows(InvalidInputException.class,
                () -> handOvers.record(kasubag, id, new HandOverCommand(HandOverContent.LETTER_AND_DATA, 999999L,
                        HandOverMethod.EMAIL, "Yosef Tefa", "yosef@example.org", null, null)))));
        OutgoingLetter draft = letters.draft(kasubag, id, OutgoingLetterType.ACCEPTANCE, who("sekretaris.kupang").getId(),
                "id");
        OutgoingLetter approved = letters.approve(who("sekretaris.kupang"), draft.getId());
        assertTrue(tracked.documents(id).isEmpty(), "nothing to download before it is delivered electronically");

        HandOver h = handOvers.record(kasubag, id, new HandOverCommand(HandOverContent.LETTER_AND_DATA,
                approved.getId(), HandOverMethod.EMAIL, "Yosef Tefa", "yosef@example.org", null, null));
        assertTrue(h.getBookNumber().matches("\\d{4}/EKS/\\d{4}"), h.getBookNumber());
        assertEquals(RequestStatus.DELIVERED, records.find(id, kasubag).orElseThrow().getStatus());
        List<MailAttachment> attached = mailQueue.attachments(h.getMailId());
        assertEquals(2, attached.size(), "the letter and the data");
        assertEquals("application/pdf", attached.get(0).getMediaType());
        assertTrue(attached.get(0).getFileName().startsWith("surat-acceptance-"), attached.get(0).getFileName());
        assertEquals("rekap-d-hasil.pdf", attached.get(1).getFileName());

        List<TrackedDocuments.Document> docs = tracked.documents(id);
        assertEquals(List.of("letter", "data"), docs.stream().map(TrackedDocuments.Document::kind).toList());
        assertTrue(tracked.outcome(id).isPresent());

        // a later paper copy by post is written in the book too; the request stays delivered
        HandOver post = handOvers.record(who("ppid.kupang"), id, new HandOverCommand(HandOverContent.LETTER_ONLY,
                approved.getId(), HandOverMethod.POST, "Yosef Tefa", "Jl. Timor Raya 8, Kupang", "Resi JNE 123",
                null));
        assertFalse(post.getBookNumber().equals(h.getBookNumber()));
    }

    @Test
    void rawDataIsCollectedAtTheDeskWithTheRecipientsSignature() {
        long id = granted();
        StaffAccount fo = who("fo.kupang");
        InvalidInputException unsigned = assertThrows(InvalidInputException.class, () -> handOvers.record(fo, id,
                new HandOverCommand(HandOverContent.DATA_ONLY, null, HandOverMethod.COLLECTION, " ", null, null,
                        null)));
        assertEquals(List.of("recipientName", "signature"),
                unsigned.problems().stream().map(p -> p.field()).toList());
        assertEquals("delivery.signature.invalid", key(assertThrows(InvalidInputException.class,
                () -> handOvers.record(fo, id, new HandOverCommand(HandOverContent.DATA_ONLY, null,
                        HandOverMethod.COLLECTION, "Yosef Tefa", null, null, "data:image/png;base64,"
                                + Base64.getEncoder().encodeToString(TestFiles.windowsExecutable()))))));
        HandOver h = handOvers.record(fo, id, new HandOverCommand(HandOverContent.DATA_ONLY, null,
                HandOverMethod.COLLECTION, "Yosef Tefa", null, null, SIGNATURE));
        assertTrue(h.getSignature() != null && h.getSignature().getMediaType().equals("image/png"));
        assertTrue(tracked.documents(id).isEmpty(), "collected on paper: nothing offered online");
    }

    @Test
    void onlyDecidedRequestsOfTheOfficeAreHandedOverByThoseInvolved() {
        long open = samples.submit(RequestKind.INFORMATION);
        HandOverCommand cmd = new HandOverCommand(HandOverContent.DATA_ONLY, null, HandOverMethod.COLLECTION,
                "Yosef Tefa", null, null, SIGNATURE);
        assertEquals("delivery.notDecided", key(assertThrows(InvalidInputException.class,
                () -> handOvers.record(who("fo.kupang"), open, cmd))));
        long id = granted();
        assertEquals("workflow.request.notFound", key(assertThrows(InvalidInputException.class,
                () -> handOvers.record(who("fo.mesuji"), id, cmd))));
        assertEquals("workflow.notAllowed.assignee", key(assertThrows(InvalidInputException.class,
                () -> handOvers.record(who("kabag.kupang"), id, cmd))), "not assigned, not the desk");
        assertEquals("delivery.whatsapp.invalid", key(assertThrows(InvalidInputException.class,
                () -> handOvers.record(who("fo.kupang"), id, new HandOverCommand(HandOverContent.DATA_ONLY, null,
                        HandOverMethod.WHATSAPP, "Yosef Tefa", "12", null, null)))));
    }
}
