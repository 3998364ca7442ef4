package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskForm;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.upload.SignatureImages;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consultation form (formulir konsultasi) of a consultation whose answer was understood (HD-7, HD-9, seed 000
 * B.11–B.19 and C.1): printed for the party to check; a correction the party asks for, when the officer finds the
 * record wrong, corrects the consultation and makes a new version (earlier versions stay printable); the last version
 * printed in two copies and signed by the party, then by the officer — on screen, when the signed form is archived
 * as a PDF with its checksum, or on paper scanned back; one copy handed over and recorded. Each step is a line of the
 * thread. Only the helpdesk team of the office that received the consultation works on its form.
 */
@ApplicationScoped
@Transactional
public class HelpdeskForms {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private HelpdeskDesk desk;
    @Inject
    private PortalFiles files;
    @Inject
    private RequestUploads uploads;

    private final Clock clock = Clock.systemUTC();

    /** The versions of a consultation's form, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpdeskForm> versions(long consultationId) {
        return em.createQuery("select f from HelpdeskForm f where f.consultationId = :c order by f.version",
                HelpdeskForm.class).setParameter("c", consultationId).getResultList();
    }

    /** Seed 000 B.11–B.12: the form printed for the party to check (version 1, made on the first print). */
    public HelpdeskForm print(StaffAccount actor, long consultationId) {
        HelpdeskConsultation c = formable(actor, consultationId);
        Optional<HelpdeskForm> latest = latest(c);
        if (latest.isPresent()) {
            return latest.get();
        }
        Instant now = clock.instant();
        HelpdeskForm form = new HelpdeskForm(c, 1, null, now, actor.getUsername());
        em.persist(form);
        desk.thread(c, actor, HelpdeskEntryKind.FORM_PRINTED, null, now);
        return form;
    }

    /**
     * Seed 000 B.13–B.15: the party asked for a correction ({@code note}) and the officer corrected the record; a new
     * version is made from the corrected consultation.
     */
    public HelpdeskForm correct(StaffAccount actor, long consultationId, String note, String problem, String answer,
            String references) {
        HelpdeskConsultation c = formable(actor, consultationId);
        HelpdeskForm current = latest(c).orElseThrow(() -> new InvalidInputException(null, "helpdesk.form.printFirst"));
        if (!current.isOpenForCorrection()) {
            throw new InvalidInputException(null, "helpdesk.form.alreadySigned");
        }
        List<Problem> problems = new ArrayList<>();
        String why = text(problems, "correctionNote", note, HelpdeskForm.NOTE_LENGTH, true);
        String p = text(problems, "formProblem", problem, HelpdeskDesk.MAX_TEXT, true);
        String a = text(problems, "formAnswer", answer, HelpdeskDesk.MAX_TEXT, true);
        String r = text(problems, "formReferences", references, HelpdeskConsultation.REFERENCES_LENGTH, false);
        if (problems.isEmpty() && p.equals(c.getProblem()) && a.equals(c.getAnswer())
                && Objects.equals(r, c.getAnswerReferences())) {
            problems.add(new Problem("formAnswer", "helpdesk.form.nothingChanged"));
        }
        InvalidInputException.throwIfAny(problems);
        c.correctRecord(p, a, r);
        Instant now = clock.instant();
        HelpdeskForm form = new HelpdeskForm(c, current.getVersion() + 1, why, now, actor.getUsername());
        em.persist(form);
        desk.thread(c, actor, HelpdeskEntryKind.FORM_CORRECTED, why, now);
        return form;
    }

    /** Seed 000 B.16: the party signs the last version on screen (a PNG data URL from the signature pad). */
    public HelpdeskForm signByParty(StaffAccount actor, long consultationId, String signatureDataUrl) {
        HelpdeskConsultation c = formable(actor, consultationId);
        HelpdeskForm form = current(c);
        byte[] png = signature("partySignature", signatureDataUrl);
        Instant now = clock.instant();
        form.signByParty(png, now);
        desk.thread(c, actor, HelpdeskEntryKind.FORM_SIGNED_PARTY, null, now);
        return form;
    }

    /**
     * Seed 000 B.17, B.19: the officer signs after the party; the two signed copies are archived as a PDF with its
     * checksum, in the same transaction (a failed step leaves no file).
     */
    public HelpdeskForm signByOfficer(StaffAccount actor, long consultationId, String signatureDataUrl, Messages m) {
        HelpdeskConsultation c = formable(actor, consultationId);
        HelpdeskForm form = current(c);
        byte[] png = signature("officerSignature", signatureDataUrl);
        Instant now = clock.instant();
        form.signByOfficer(png, actor.getUsername(), actor.getFullName(), now);
        byte[] pdf = HelpdeskFormPdf.render(actor.getOffice(), c, form, form.getVersion(), HelpdeskFormPdf.Copies.TWO,
                m);
        form.archive(files.keep(pdf, fileName(c, form), "application/pdf"));
        desk.thread(c, actor, HelpdeskEntryKind.FORM_SIGNED_OFFICER, null, now);
        return form;
    }

    /** HD-9, seed 000 C.1: the signed paper form scanned (JPEG, PNG or PDF, checked by content). */
    public HelpdeskForm attachScan(StaffAccount actor, long consultationId, AcceptedFile scan) {
        HelpdeskConsultation c = formable(actor, consultationId);
        HelpdeskForm form = current(c);
        FileDetails stored = uploads.store(scan);
        Instant now = clock.instant();
        form.attachScan(stored, now, actor.getUsername());
        desk.thread(c, actor, HelpdeskEntryKind.FORM_SCANNED, stored.getOriginalName(), now);
        return form;
    }

    /** Seed 000 B.18: the party's signed copy handed over, to the representative unless another name is given. */
    public HelpdeskForm handOver(StaffAccount actor, long consultationId, String recipient) {
        HelpdeskConsultation c = formable(actor, consultationId);
        HelpdeskForm form = current(c);
        List<Problem> problems = new ArrayList<>();
        String to = text(problems, "handedTo", recipient, HelpdeskConsultation.NAME_LENGTH, false);
        InvalidInputException.throwIfAny(problems);
        to = to == null ? c.getRepresentative() : to;
        Instant now = clock.instant();
        form.handOver(to, now, actor.getUsername());
        desk.thread(c, actor, HelpdeskEntryKind.FORM_HANDED_OVER, to, now);
        return form;
    }

    /** A printable document of a form version, for the team of the office that received the consultation. */
    public record Document(String fileName, String mediaType, byte[] bytes) {
    }

    /**
     * The PDF of a version: the archived signed copies once signed on screen (exactly what was archived); otherwise
     * rendered now, as the copy to check or as two copies to sign on paper; {@code scan} gives the scanned paper.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Document> document(StaffAccount actor, long consultationId, int version,
            HelpdeskFormPdf.Copies copies, boolean scan, Messages m) {
        HelpdeskConsultation c = em.find(HelpdeskConsultation.class, consultationId);
        if (c == null || !HelpdeskRecords.isOrigin(actor, c) || !HelpdeskRecords.mayUse(actor)) {
            return Optional.empty();
        }
        List<HelpdeskForm> all = versions(consultationId);
        Optional<HelpdeskForm> found = all.stream().filter(f -> f.getVersion() == version).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HelpdeskForm form = found.get();
        if (scan) {
            return form.getScanStoredName() == null ? Optional.empty()
                    : Optional.of(new Document("pindaian-" + fileName(c, form), form.getScanMediaType(),
                            files.bytes(form.getScanStoredName())));
        }
        if (form.getArchiveStoredName() != null) {
            return Optional.of(new Document(fileName(c, form), "application/pdf",
                    files.bytes(form.getArchiveStoredName())));
        }
        Office office = em.find(Office.class, c.getOfficeId());
        return Optional.of(new Document(fileName(c, form), "application/pdf",
                HelpdeskFormPdf.render(office, c, form, all.get(all.size() - 1).getVersion(), copies, m)));
    }


    private static String fileName(HelpdeskConsultation c, HelpdeskForm form) {
        return "formulir-konsultasi-" + c.getNumber() + "-v" + form.getVersion() + ".pdf";
    }

    private static byte[] signature(String field, String dataUrl) {
        List<Problem> problems = new ArrayList<>();
        byte[] png = SignatureImages.decode(problems, field, dataUrl, "helpdesk.form.signature.required",
                "helpdesk.form.signature.invalid");
        InvalidInputException.throwIfAny(problems);
        return png;
    }

    private HelpdeskConsultation formable(StaffAccount actor, long consultationId) {
        HelpdeskConsultation c = desk.workable(actor, consultationId);
        if (!c.hasForm()) {
            throw new InvalidInputException(null, "helpdesk.form.notYet");
        }
        return c;
    }

    private Optional<HelpdeskForm> latest(HelpdeskConsultation c) {
        List<HelpdeskForm> all = versions(c.getId());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private HelpdeskForm current(HelpdeskConsultation c) {
        return latest(c).orElseThrow(() -> new InvalidInputException(null, "helpdesk.form.printFirst"));
    }
}
