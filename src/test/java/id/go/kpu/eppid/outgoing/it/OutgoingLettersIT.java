package id.go.kpu.eppid.outgoing.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.outgoing.application.LetterTemplates;
import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.LetterNumberFormat;
import id.go.kpu.eppid.outgoing.domain.LetterStatus;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.outgoing.domain.SignatureMethod;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.Pdfs;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outgoing letters in the container (REQ-4, REQ-6, LAW-1, LAW-2, LAW-3): draft → approve by the chosen signer →
 * number from the office's yearly series → final PDF stored with its SHA-256; an approved letter is immutable; other
 * offices, non-drafters and non-signers are refused; drafts never use up numbers; office templates and number
 * format. A test-only {@link TestLetterFacts} offers every type.
 */
@ExtendWith(ArquillianExtension.class)
class OutgoingLettersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestIntake intake;
    @Inject
    RequestUploads uploads;
    @Inject
    RequestRecords records;
    @Inject
    StaffDirectory staff;
    @Inject
    OfficeDirectory offices;
    @Inject
    OutgoingLetters letters;
    @Inject
    LetterTemplates templates;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private long submit() {
        long office = offices.findByCode("5371").orElseThrow().getId();
        byte[] jpeg = TestFiles.smallJpeg();
        List<AcceptedFile> files = List.of(uploads.accept(FileKind.ID_SCAN, "ktp.jpg", jpeg.length,
                new ByteArrayInputStream(jpeg)));
        Receipt r = intake.submit(new IntakeCommand(office, RequestKind.INFORMATION, Channel.ONLINE,
                UUID.randomUUID().toString(), ApplicantType.INDIVIDUAL, "Yosef Tefa", null, IdType.NIK,
                "5371011203800004", "Jl. Timor Raya 8, Kupang", null, "0812 3456 7890", "yosef@example.org",
                TestLetterFacts.SUBJECT, "Penelitian", ObtainMethod.SOFTCOPY, DeliveryMethod.EMAIL,
                "Situs web KPU", true, Messages.INDONESIAN), files, "applicant");
        return r.requestId();
    }

    private ServiceRequest request(long id) {
        return records.find(id, who("ketua.kupang")).orElseThrow();
    }

    private static String key(InvalidInputException e) {
        return e.problems().get(0).key();
    }


    @Test
    void draftApproveNumberAndStoredPdf() throws Exception {
        long id = submit();
        ServiceRequest r = request(id);
        assertEquals(EnumSet.allOf(OutgoingLetterType.class), letters.offeredTypes(who("ppid.kupang"), r));
        assertEquals(EnumSet.noneOf(OutgoingLetterType.class), letters.offeredTypes(who("staf.kupang"), r),
                "ORG-3: staff not assigned draft nothing");

        OutgoingLetter draft = letters.draft(who("ppid.kupang"), id, OutgoingLetterType.REFUSAL,
                who("sekretaris.kupang").getId(), "id");
        assertEquals(LetterStatus.DRAFT, draft.getStatus());
        assertNull(draft.getNumber(), "drafts have no number");
        assertTrue(draft.getBody().contains(r.getRegistrationNumber()), draft.getBody());
        assertTrue(draft.getBody().contains("Pasal 17 huruf h") && draft.getBody().contains("Atasan PPID")
                && draft.getBody().contains("30 (tiga puluh) hari kerja"), "LAW-2, LAW-3: " + draft.getBody());
        assertEquals("Yosef Tefa", draft.getAddressee());
        assertEquals(2, draft.getAttachmentCount());
        assertTrue(Pdfs.text(letters.pdf(who("ppid.kupang"), draft.getId()).orElseThrow()).contains("DRAF / DRAFT"));

        letters.updateDraft(who("ppid.kupang"), draft.getId(), draft.getSubject(),
                draft.getBody() + "\n\nTembusan: Ketua KPU Kota Kupang.");

        assertEquals("outgoing.notSigner", key(assertThrows(InvalidInputException.class,
                () -> letters.approve(who("ppid.kupang"), draft.getId()))), "the drafter is not the signer");
        assertEquals("outgoing.notSigner", key(assertThrows(InvalidInputException.class,
                () -> letters.approve(who("ketua.kupang"), draft.getId()))), "nor is the Chair");

        OutgoingLetter approved = letters.approve(who("sekretaris.kupang"), draft.getId());
        assertEquals(LetterStatus.APPROVED, approved.getStatus());
        assertTrue(approved.getNumber().matches("\\d{3,}/PP\\.01-SD/5371/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/\\d{4}"),
                approved.getNumber());
        assertEquals("sekretaris.kupang", approved.getApprovedBy());
        assertNotNull(approved.getApprovedAt());
        assertEquals(SignatureMethod.PORTAL_APPROVAL, approved.getSignatureMethod());
        assertNull(approved.getSignatureRef());

        byte[] pdf = letters.approvedPdf(letters.find(who("fo.kupang"), draft.getId()).orElseThrow()).orElseThrow();
        assertEquals(approved.getPdf().getSha256(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertEquals("application/pdf", approved.getPdf().getMediaType());
        assertArrayEquals(pdf, letters.pdf(who("ppid.kupang"), draft.getId()).orElseThrow(), "the stored file");
        String text = Pdfs.text(pdf);
        assertTrue(text.contains(approved.getNumber()) && text.contains("Disetujui secara elektronik")
                && text.contains("Tembusan: Ketua KPU Kota Kupang.") && !text.contains("DRAF / DRAFT"), text);

        // an approved letter is final
        assertEquals("outgoing.alreadyApproved", key(assertThrows(InvalidInputException.class,
                () -> letters.approve(who("sekretaris.kupang"), draft.getId()))), "no second approval");
        assertEquals("outgoing.alreadyApproved", key(assertThrows(InvalidInputException.class,
                () -> letters.updateDraft(who("sekretaris.kupang"), draft.getId(), "x", "y"))));
        assertEquals("outgoing.alreadyApproved", key(assertThrows(InvalidInputException.class,
                () -> letters.cancel(who("sekretaris.kupang"), draft.getId(), "salah"))));

        assertEquals(List.of(draft.getId()), letters.approvedLetters(request(id)).stream().map(OutgoingLetter::getId)
                .toList());
        List<EventAction> history = records.events(request(id)).stream().map(e -> e.getAction()).toList();
        assertTrue(history.containsAll(List.of(EventAction.LETTER_DRAFTED, EventAction.LETTER_APPROVED)), "" + history);
    }

    @Test
    void otherOfficesNonDraftersAndWrongSignersAreRefused() {
        long id = submit();
        StaffAccount mesuji = who("admin.mesuji");
        assertEquals("outgoing.request.notFound", key(assertThrows(InvalidInputException.class,
                () -> letters.draft(mesuji, id, OutgoingLetterType.ACCEPTANCE, who("sekretaris.kupang").getId(), "id"))));
        assertEquals("outgoing.notAllowed.draft", key(assertThrows(InvalidInputException.class,
                () -> letters.draft(who("staf.kupang"), id, OutgoingLetterType.ACCEPTANCE,
                        who("sekretaris.kupang").getId(), "id"))));
        InvalidInputException wrongSigner = assertThrows(InvalidInputException.class,
                () -> letters.draft(who("ppid.kupang"), id, OutgoingLetterType.REFUSAL, who("ketua.kupang").getId(), "id"));
        assertEquals("signer", wrongSigner.problems().get(0).field(), "the Chair does not sign refusals (LAW-3)");
        assertEquals("outgoing.signer.invalid", key(wrongSigner));
        assertEquals(List.of("language"), assertThrows(InvalidInputException.class,
                () -> letters.draft(who("ppid.kupang"), id, OutgoingLetterType.ACCEPTANCE, who("ketua.kupang").getId(), "fr"))
                .problems().stream().map(p -> p.field()).toList());

        OutgoingLetter draft = letters.draft(who("ketua.kupang"), id, OutgoingLetterType.ACCEPTANCE,
                who("ketua.kupang").getId(), "en");
        assertTrue(draft.getBody().contains("GRANTED"), draft.getBody());
        assertTrue(letters.find(mesuji, draft.getId()).isEmpty());
        assertTrue(letters.pdf(mesuji, draft.getId()).isEmpty());
        assertEquals("outgoing.notFound", key(assertThrows(InvalidInputException.class,
                () -> letters.approve(mesuji, draft.getId()))));
        assertEquals("outgoing.notFound", key(assertThrows(InvalidInputException.class,
                () -> letters.updateDraft(mesuji, draft.getId(), "x", "y"))));
        assertEquals("outgoing.notAllowed.cancel", key(assertThrows(InvalidInputException.class,
                () -> letters.cancel(who("staf.kupang"), draft.getId(), "salah jenis"))));
        assertEquals("cancelReason", assertThrows(InvalidInputException.class,
                () -> letters.cancel(who("ketua.kupang"), draft.getId(), " ")).problems().get(0).field());
        assertEquals(LetterStatus.CANCELLED, letters.cancel(who("ketua.kupang"), draft.getId(), "salah bahasa")
                .getStatus());
        assertEquals("outgoing.notDraft", key(assertThrows(InvalidInputException.class,
                () -> letters.approve(who("ketua.kupang"), draft.getId()))));
        assertTrue(letters.approvedLetters(request(id)).isEmpty());
    }

    @Test
    void numbersFollowOnAndDraftsUseNone() {
        long id = submit();
        long signer = who("sekretaris.kupang").getId();
        OutgoingLetter a = letters.draft(who("ppid.kupang"), id, OutgoingLetterType.EXTENSION, signer, "id");
        OutgoingLetter unused = letters.draft(who("ppid.kupang"), id, OutgoingLetterType.NOT_HELD, signer, "id");
        OutgoingLetter b = letters.draft(who("ppid.kupang"), id, OutgoingLetterType.ACCEPTANCE, signer, "id");
        assertTrue(a.getBody().contains("Rabu, 25 November 2026") && a.getBody().contains("7 hari kerja"),
                "LAW-1: " + a.getBody());
        assertTrue(unused.getBody().contains("Dinas Kependudukan"), unused.getBody());
        int first = letters.approve(who("sekretaris.kupang"), a.getId()).getSeq();
        letters.cancel(who("ppid.kupang"), unused.getId(), "tidak diperlukan");
        assertEquals(first + 1, letters.approve(who("sekretaris.kupang"), b.getId()).getSeq(),
                "a cancelled draft used no number");
        long office = who("ppid.kupang").getOffice().getId();
        assertTrue(letters.registerCount(office) >= 2);
        assertEquals(b.getId(), letters.register(office, 0, 1).get(0).getId(), "newest first");
    }

    @Test
    void officeTemplatesAndNumberFormat() {
        StaffAccount admin = who("admin.kupang");
        assertEquals("outgoing.template.notAllowed", key(assertThrows(InvalidInputException.class,
                () -> templates.save(who("ppid.kupang"), OutgoingLetterType.NOT_HELD, "id", "x", "y"))));
        InvalidInputException broken = assertThrows(InvalidInputException.class, () -> templates.save(admin,
                OutgoingLetterType.NOT_HELD, "id", "Perihal", "Baris satu\n{{#items}}\n{{/itemz}}\n"));
        assertEquals("outgoing.template.syntax", key(broken));
        assertEquals("3", broken.problems().get(0).args()[0]);
        assertTrue(templates.preview(admin, OutgoingLetterType.NOT_HELD, "id", "Uji {{registrationNumber}}",
                "Dikuasai oleh {{holderBody}}.", LetterNumberFormat.DEFAULT).length > 1000);

        long id = submit();
        long signer = who("sekretaris.kupang").getId();
        try {
            templates.save(admin, OutgoingLetterType.NOT_HELD, "id", "Uji kantor {{registrationNumber}}",
                    "Informasi dikuasai oleh {{holderBody}}.");
            templates.saveNumberFormat(admin, "{seq}/SK-PPID/{office}/{month}/{year}");
            OutgoingLetter own = letters.draft(who("ppid.kupang"), id, OutgoingLetterType.NOT_HELD, signer, "id");
            assertEquals("Uji kantor " + request(id).getRegistrationNumber(), own.getSubject());
            assertEquals("Informasi dikuasai oleh Dinas Kependudukan dan Pencatatan Sipil Kota Kupang.", own.getBody());
            assertTrue(letters.approve(who("sekretaris.kupang"), own.getId()).getNumber()
                    .matches("\\d{3,}/SK-PPID/5371/\\d{2}/\\d{4}"));
            assertEquals(LetterNumberFormat.of("{seq}/SK-PPID/{office}/{month}/{year}"),
                    templates.numberFormat(admin.getOffice().getId()));
        } finally {
            templates.resetToDefault(admin, OutgoingLetterType.NOT_HELD, "id");
            templates.saveNumberFormat(admin, LetterNumberFormat.DEFAULT);
        }
        OutgoingLetter national = letters.draft(who("ppid.kupang"), id, OutgoingLetterType.NOT_HELD, signer, "id");
        assertTrue(national.getSubject().startsWith("Pemberitahuan Informasi Tidak Dikuasai"), national.getSubject());
        assertFalse(templates.officeCopy(admin.getOffice().getId(), OutgoingLetterType.NOT_HELD, "id").isPresent());
    }
}
