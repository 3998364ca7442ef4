package id.go.kpu.eppid.shared.report;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.Letterhead;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * A register (buku register) as the office keeps it: a title, a line saying what it holds, and a table — as an Excel
 * workbook to work on, or an A4 landscape PDF under the office's letterhead to print and sign off (LAW-4).
 *
 * @param widths the PDF column widths (relative)
 */
public record RegisterDocument(String title, String intro, String footer, float[] widths, List<String> headers,
        List<List<Object>> rows) {

    /** Writes the workbook (one sheet, named by the title) to {@code out}. */
    public void xlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "e-PPID KPU", "1.0");
        Sheets.table(workbook, title, headers, rows);
        workbook.finish();
    }

    /** The PDF under {@code letterhead}, in the language of {@code m}. */
    public byte[] pdf(Letterhead letterhead, Messages m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title, letterhead.officeHeading(),
                m.locale(), true))) {
            pdf.footer(footer)
                    .letterhead(letterhead, m::get)
                    .title(title)
                    .paragraph(intro)
                    .dataTable(widths, headers, rows, 20f);
        }
        return out.toByteArray();
    }
}
