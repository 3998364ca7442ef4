package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskForm;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Row;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Signer;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The consultation form (formulir konsultasi, HD-7) of one version as an A4 PDF: the office letterhead, the
 * consultation's number, version and channel, the party and representative, the problem, the answer and its
 * references, then the signatures of the party and of the officer. {@link Copies#CHECK} is the single copy the party
 * checks (marked as such); {@link Copies#TWO} is the two copies to sign — the party's and the archive's — with the
 * signatures drawn on screen when there are.
 */
public final class HelpdeskFormPdf {

    /** What is printed. */
    public enum Copies { CHECK, TWO }

    private HelpdeskFormPdf() {
    }

    public static byte[] render(Office office, HelpdeskConsultation c, HelpdeskForm form, int latestVersion,
            Copies copies, Messages m) {
        String title = m.get("helpdesk.form.pdf.title");
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title + " " + c.getNumber(),
                office.getName(), m.locale()))) {
            pdf.footer(m.get("helpdesk.form.pdf.footer", c.getNumber(), form.getVersion()));
            List<String> marks = copies == Copies.TWO
                    ? List.of(m.get("helpdesk.form.pdf.copyParty"), m.get("helpdesk.form.pdf.copyArchive"))
                    : List.of(form.getVersion() < latestVersion
                            ? m.get("helpdesk.form.pdf.superseded", form.getVersion(), latestVersion)
                            : m.get("helpdesk.form.pdf.forChecking"));
            boolean first = true;
            for (String mark : marks) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                page(pdf, office, c, form, mark, title, m);
            }
        }
        return out.toByteArray();
    }

    private static void page(PdfDocuments pdf, Office office, HelpdeskConsultation c, HelpdeskForm form, String mark,
            String title, Messages m) {
        pdf.letterhead(OfficeLetterhead.of(office), m::get)
                .title(title)
                .notice(mark);
        List<Row> rows = new ArrayList<>();
        rows.add(Row.strong(m.get("helpdesk.form.pdf.number"), c.getNumber()));
        rows.add(Row.of(m.get("helpdesk.form.pdf.version"), Integer.toString(form.getVersion())));
        rows.add(Row.of(m.get("helpdesk.col.received"), at(office, c.getReceivedAt(), m)));
        rows.add(Row.of(m.get("helpdesk.col.channel"), m.label(c.getChannel())));
        rows.add(Row.of(m.get("helpdesk.representative"), form.getRepresentative()));
        rows.add(Row.of(m.get("helpdesk.col.party"), form.getPartyName()));
        rows.add(Row.of(m.get("helpdesk.phone"), c.getPhone()));
        rows.add(Row.of(m.get("helpdesk.email"), c.getEmail()));
        rows.add(Row.of(m.get("helpdesk.col.topic"), m.label(c.getTopic())));
        rows.add(Row.of(m.get("helpdesk.problem"), form.getProblem()));
        rows.add(Row.of(m.get("helpdesk.detail.answer"), form.getAnswer()));
        rows.add(Row.of(m.get("helpdesk.detail.references"), form.getAnswerReferences()));
        rows.add(Row.of(m.get("helpdesk.form.pdf.understood"), Boolean.TRUE.equals(c.getUnderstood())
                ? m.get("helpdesk.form.pdf.understoodYes", c.getRepeatCount()) : "—"));
        if (form.getCorrectionNote() != null) {
            rows.add(Row.of(m.get("helpdesk.form.pdf.correction"), form.getCorrectionNote()));
        }
        pdf.labelValueTable(rows)
                .paragraph(m.get("helpdesk.form.pdf.statement"))
                .signaturePair(
                        new Signer(m.get("helpdesk.form.pdf.partySigner"), form.getRepresentative(),
                                form.getPartySignaturePng(), signedAt(office, form.getPartySignedAt(), m)),
                        new Signer(m.get("helpdesk.form.pdf.officerSigner"), form.getOfficerName(),
                                form.getOfficerSignaturePng(), signedAt(office, form.getOfficerSignedAt(), m)));
    }

    private static String at(Office office, Instant t, Messages m) {
        return OfficeDateFormat.dateTime(t.atZone(office.getZone()), m.locale());
    }

    private static String signedAt(Office office, Instant t, Messages m) {
        return t == null ? null : m.get("helpdesk.form.pdf.signedAt", at(office, t, m));
    }
}
