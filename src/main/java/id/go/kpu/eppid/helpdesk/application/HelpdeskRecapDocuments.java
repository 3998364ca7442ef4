package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskRecap;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Row;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Signer;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import id.go.kpu.eppid.shared.report.Sheets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A helpdesk recap (HD-10) as an A4 PDF to sign and file — summary, by channel, topic and party, the consultations
 * with the minutes to their first answer against the standard, and who prepared and signed it — and as an Excel
 * workbook with the same tables, one sheet each.
 */
public final class HelpdeskRecapDocuments {

    private static final float[] LIST_WIDTHS = {5f, 17f, 9f, 19f, 12f, 13f, 13f, 12f};

    private HelpdeskRecapDocuments() {
    }

    static String title(HelpdeskRecap recap, Messages m) {
        return m.get(recap.getKind() == HelpdeskRecap.Kind.DAILY ? "helpdesk.recap.pdf.titleDaily"
                : "helpdesk.recap.pdf.titleWeekly");
    }

    static String period(HelpdeskRecap recap, ZoneId zone, Messages m) {
        String start = day(recap.getPeriodStart(), zone, m);
        return recap.getPeriodStart().equals(recap.getPeriodEnd()) ? start
                : start + " – " + day(recap.getPeriodEnd(), zone, m);
    }

    private static String day(LocalDate d, ZoneId zone, Messages m) {
        return OfficeDateFormat.date(d.atStartOfDay(zone), m.locale());
    }

    private static List<Row> summary(RecapFigures f, Messages m) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.strong(m.get("helpdesk.recap.total"), Integer.toString(f.total())));
        rows.add(Row.of(m.get("helpdesk.recap.answered"), Integer.toString(f.answered())));
        rows.add(Row.of(m.get("helpdesk.recap.closed"), Integer.toString(f.closed())));
        rows.add(Row.of(m.get("helpdesk.recap.escalated"), Integer.toString(f.escalated())));
        rows.add(Row.of(m.get("helpdesk.recap.pending"), Integer.toString(f.pending())));
        rows.add(Row.of(m.get("helpdesk.recap.avgMinutes"), f.averageMinutesToAnswer() == null ? "—"
                : m.get("helpdesk.recap.minutes", Math.round(f.averageMinutesToAnswer()))));
        rows.add(Row.of(m.get("helpdesk.recap.overStandard"), Integer.toString(f.overStandard())));
        rows.add(Row.of(m.get("helpdesk.recap.ratings"), f.ratings() == 0 ? "—"
                : m.get("helpdesk.recap.ratingValue", f.ratingAverage(), f.ratings())));
        rows.add(Row.of(m.get("helpdesk.recap.callbacks"), Integer.toString(f.openCallbacks())));
        return rows;
    }

    private static List<List<Object>> counts(Map<?, Integer> counts, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(List.of(k instanceof Enum<?> e ? m.label(e) : String.valueOf(k),
                Integer.toString(v))));
        return rows;
    }

    private static List<String> listHeaders(Messages m) {
        return List.of(m.get("guestbook.pdf.no"), m.get("helpdesk.col.number"), m.get("helpdesk.col.received"),
                m.get("helpdesk.col.party"), m.get("helpdesk.col.channel"), m.get("helpdesk.col.topic"),
                m.get("helpdesk.col.status"), m.get("helpdesk.recap.minutesCol"));
    }

    private static List<List<Object>> list(RecapFigures f, ZoneId zone, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (RecapFigures.Row r : f.rows()) {
            var c = r.consultation();
            rows.add(List.of(Integer.toString(n++), c.getNumber(),
                    OfficeDateFormat.time(c.getReceivedAt().atZone(zone), m.locale()),
                    c.partyName() == null ? "" : c.partyName(), m.label(c.getChannel()), m.label(c.getTopic()),
                    m.label(c.getStatus()), r.minutesToAnswer() == null ? "—"
                            : m.get("helpdesk.recap.minutesOf", r.minutesToAnswer(), r.standardMinutes())
                            + (r.overStandard() ? " ▲" : "")));
        }
        return rows;
    }

    /** The PDF; {@code signer} null makes it a draft. */
    public static byte[] pdf(Office office, HelpdeskRecap recap, RecapFigures f, String signer, Instant signedAt,
            Messages m) {
        ZoneId zone = office.getZone();
        String title = title(recap, m);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title, office.getName(), m.locale()))) {
            pdf.footer(m.get("helpdesk.recap.pdf.footer", office.getName()))
                    .letterhead(OfficeLetterhead.of(office), m::get)
                    .title(title)
                    .paragraph(m.get("helpdesk.recap.pdf.period", period(recap, zone, m)));
            if (signer == null) {
                pdf.notice(m.get("helpdesk.recap.pdf.draft"));
            }
            pdf.labelValueTable(summary(f, m))
                    .dataTable(new float[] {70f, 30f}, List.of(m.get("helpdesk.col.channel"),
                            m.get("helpdesk.recap.count")), counts(f.byChannel(), m), 12f)
                    .dataTable(new float[] {70f, 30f}, List.of(m.get("helpdesk.col.topic"),
                            m.get("helpdesk.recap.count")), counts(f.byTopic(), m), 12f)
                    .dataTable(new float[] {70f, 30f}, List.of(m.get("helpdesk.col.party"),
                            m.get("helpdesk.recap.count")), counts(f.byParty(), m), 12f)
                    .dataTable(LIST_WIDTHS, listHeaders(m), list(f, zone, m), 12f)
                    .paragraph(m.get("helpdesk.recap.pdf.standard"));
            if (recap.getNote() != null) {
                pdf.paragraph(m.get("helpdesk.recap.note") + ": " + recap.getNote());
            }
            pdf.signaturePair(new Signer(m.get("helpdesk.recap.pdf.preparedBy"), recap.getPreparedBy(), null,
                            OfficeDateFormat.dateTime(recap.getPreparedAt().atZone(zone), m.locale())),
                    new Signer(m.get(recap.getKind() == HelpdeskRecap.Kind.DAILY ? "helpdesk.recap.pdf.signerDaily"
                            : "helpdesk.recap.pdf.signerWeekly"), signer, null, signedAt == null ? null
                            : m.get("helpdesk.recap.pdf.signedAt",
                                    OfficeDateFormat.dateTime(signedAt.atZone(zone), m.locale()))));
        }
        return out.toByteArray();
    }

    /** The workbook: summary, by channel, topic and party, and the consultations. */
    public static void xlsx(Office office, HelpdeskRecap recap, RecapFigures f, Messages m, OutputStream out)
            throws IOException {
        ZoneId zone = office.getZone();
        Workbook workbook = new Workbook(out, "e-PPID KPU", "1.0");
        Worksheet summary = workbook.newWorksheet(m.get("helpdesk.recap.sheet.summary"));
        summary.value(0, 0, title(recap, m) + " — " + office.getName());
        summary.style(0, 0).bold().set();
        summary.value(1, 0, m.get("helpdesk.recap.pdf.period", period(recap, zone, m)));
        int r = 3;
        for (Row row : summary(f, m)) {
            summary.value(r, 0, row.label());
            summary.value(r++, 1, row.value());
        }
        Sheets.table(workbook, m.get("helpdesk.col.channel"), List.of(m.get("helpdesk.col.channel"),
                m.get("helpdesk.recap.count")), counts(f.byChannel(), m));
        Sheets.table(workbook, m.get("helpdesk.col.topic"), List.of(m.get("helpdesk.col.topic"),
                m.get("helpdesk.recap.count")), counts(f.byTopic(), m));
        Sheets.table(workbook, m.get("helpdesk.col.party"), List.of(m.get("helpdesk.col.party"),
                m.get("helpdesk.recap.count")), counts(f.byParty(), m));
        Sheets.table(workbook, m.get("helpdesk.recap.sheet.list"), listHeaders(m), list(f, zone, m));
        workbook.finish();
    }
}
