package id.go.kpu.eppid.report.application;

import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.report.domain.ServiceFigures;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Bar;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Row;
import id.go.kpu.eppid.shared.report.Sheets;
import id.go.kpu.eppid.survey.domain.SatisfactionIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * LAW-4: the annual service report as an A4 PDF (summary, then requests per month, outcomes, channels, refusals by
 * Pasal 17 category and the IKM by element, the counts drawn as bars) and as an Excel workbook with the same tables.
 */
public final class AnnualReportDocuments {

    private static final float[] CHART = {30f, 12f, 58f};

    private AnnualReportDocuments() {
    }

    /** The report's title, e.g. "Laporan Layanan Informasi Publik Tahun 2025". */
    public static String title(ServiceReports.Report r, Messages m) {
        return m.get("report.title", r.year());
    }

    /** Whose report it is: the office, and how many offices below it are included. */
    public static String scope(ServiceReports.Report r, Messages m) {
        return r.rolledUp() ? m.get("report.scope.rolledUp", r.office().getName(), r.officeCount() - 1)
                : r.office().getName();
    }

    /** The key figures, label and value. */
    public static List<Row> summary(ServiceReports.Report r, Messages m) {
        ServiceFigures f = r.figures();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.strong(m.get("report.received"), Integer.toString(f.received())));
        for (DecisionOutcome o : DecisionOutcome.values()) {
            rows.add(Row.of(m.label(o), Integer.toString(f.outcome(o))));
        }
        rows.add(Row.of(m.get("report.open"), Integer.toString(f.open())));
        rows.add(Row.of(m.get("report.withdrawn"), Integer.toString(f.withdrawn())));
        rows.add(Row.of(m.get("report.averageDays"), m.get("report.days", f.averageDays().toPlainString())));
        rows.add(Row.of(m.get("report.p90Days"), m.get("report.days", f.p90Days())));
        rows.add(Row.strong(m.get("report.onTime"), m.get("report.onTime.value", f.onTime(), f.decided(),
                f.onTimePercent().toPlainString())));
        rows.add(Row.of(m.get("report.extensions"), Integer.toString(f.extensions())));
        rows.add(Row.of(m.get("report.objections"), m.get("report.objections.value", f.objections(),
                f.objectionAnswers().getOrDefault(ObjectionDecision.UPHELD, 0),
                f.objectionAnswers().getOrDefault(ObjectionDecision.DISCLOSURE_ORDERED, 0), f.objectionsPending())));
        rows.add(Row.of(m.get("report.disputes"), Integer.toString(f.disputes())));
        SatisfactionIndex ikm = r.ikm();
        rows.add(Row.strong(m.get("report.ikm"), ikm.grade() == null ? m.get("ikm.none")
                : m.get("report.ikm.value", ikm.index().toPlainString(), ikm.grade(), m.label(ikm.grade()),
                        ikm.respondents())));
        return rows;
    }

    private static List<List<Object>> months(ServiceFigures f, Messages m) {
        int max = Math.max(1, Arrays.stream(f.byMonth()).max().orElse(1));
        List<List<Object>> rows = new ArrayList<>();
        for (Month month : Month.values()) {
            int n = f.byMonth()[month.ordinal()];
            rows.add(List.of(month.getDisplayName(TextStyle.FULL, m.locale()), n, new Bar((double) n / max)));
        }
        return rows;
    }

    private static <E extends Enum<E>> List<List<Object>> counts(Map<E, Integer> counts, E[] all, int total,
            Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        for (E e : all) {
            int n = counts.getOrDefault(e, 0);
            rows.add(List.of(m.label(e), n, new Bar(total == 0 ? 0 : (double) n / total)));
        }
        return rows;
    }

    private static List<List<Object>> categories(ServiceFigures f, Messages m) {
        int total = f.refusedByCategory().values().stream().mapToInt(Integer::intValue).sum();
        List<List<Object>> rows = new ArrayList<>();
        f.refusedByCategory().forEach((code, n) -> rows.add(List.of(m.get("report.category", code), n,
                new Bar(total == 0 ? 0 : (double) n / total))));
        return rows;
    }

    private static List<List<Object>> elements(SatisfactionIndex ikm, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        for (SatisfactionIndex.Element e : ikm.elements()) {
            rows.add(List.of(e.element().code() + " " + m.label(e.element()), e.averageRounded().toPlainString(),
                    new Bar(e.percentOfMax() / 100.0)));
        }
        return rows;
    }

    private static List<String> headers(Messages m, String first, String second) {
        return List.of(m.get(first), m.get(second), "");
    }

    /** The PDF. */
    public static byte[] pdf(ServiceReports.Report r, Messages m) {
        ServiceFigures f = r.figures();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title(r, m), r.office().getName(),
                m.locale()))) {
            pdf.footer(m.get("report.footer"))
                    .letterhead(OfficeLetterhead.of(r.office()), m::get)
                    .title(title(r, m))
                    .paragraph(scope(r, m))
                    .labelValueTable(summary(r, m))
                    .paragraph(m.get("report.byMonth"))
                    .dataTable(CHART, headers(m, "report.col.month", "report.col.count"), months(f, m), 10f)
                    .paragraph(m.get("report.byOutcome"))
                    .dataTable(CHART, headers(m, "report.col.outcome", "report.col.count"),
                            counts(f.outcomes(), DecisionOutcome.values(), f.decided(), m), 10f)
                    .paragraph(m.get("report.byChannel"))
                    .dataTable(CHART, headers(m, "report.col.channel", "report.col.count"),
                            counts(f.byChannel(), Channel.values(), f.received(), m), 10f);
            if (!f.refusedByCategory().isEmpty()) {
                pdf.paragraph(m.get("report.byCategory"))
                        .dataTable(CHART, headers(m, "report.col.category", "report.col.count"), categories(f, m), 10f);
            }
            if (r.ikm().grade() != null) {
                pdf.paragraph(m.get("report.ikmElements"))
                        .dataTable(CHART, headers(m, "ikm.col.element", "ikm.col.average"), elements(r.ikm(), m), 10f)
                        .paragraph(m.get("ikm.formula"));
            }
        }
        return out.toByteArray();
    }

    /** The workbook: summary, then one sheet per table. */
    public static void xlsx(ServiceReports.Report r, Messages m, OutputStream out) throws IOException {
        ServiceFigures f = r.figures();
        Workbook workbook = new Workbook(out, "e-PPID KPU", "1.0");
        Worksheet summary = workbook.newWorksheet(m.get("report.sheet.summary"));
        summary.value(0, 0, title(r, m));
        summary.style(0, 0).bold().set();
        summary.value(1, 0, scope(r, m));
        int row = 3;
        for (Row s : summary(r, m)) {
            summary.value(row, 0, s.label());
            summary.value(row++, 1, s.value());
        }
        Sheets.table(workbook, m.get("report.col.month"), List.of(m.get("report.col.month"),
                m.get("report.col.count")), withoutBars(months(f, m)));
        Sheets.table(workbook, m.get("report.col.outcome"), List.of(m.get("report.col.outcome"),
                m.get("report.col.count")), withoutBars(counts(f.outcomes(), DecisionOutcome.values(), 0, m)));
        Sheets.table(workbook, m.get("report.col.channel"), List.of(m.get("report.col.channel"),
                m.get("report.col.count")), withoutBars(counts(f.byChannel(), Channel.values(), 0, m)));
        Sheets.table(workbook, m.get("report.col.category"), List.of(m.get("report.col.category"),
                m.get("report.col.count")), withoutBars(categories(f, m)));
        Sheets.table(workbook, "IKM", List.of(m.get("ikm.col.element"), m.get("ikm.col.answers"),
                m.get("ikm.col.average")), r.ikm().elements().stream().map(e -> List.<Object>of(e.element().code()
                + " " + m.label(e.element()), e.answers(), e.averageRounded())).toList());
        workbook.finish();
    }

    private static List<List<Object>> withoutBars(List<List<Object>> rows) {
        return rows.stream().map(r -> r.subList(0, 2)).toList();
    }
}
