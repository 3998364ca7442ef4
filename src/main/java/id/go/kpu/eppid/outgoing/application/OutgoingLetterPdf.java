package id.go.kpu.eppid.outgoing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import id.go.kpu.eppid.outgoing.domain.LetterBody;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Row;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An outgoing letter as an A4 PDF in the usual layout of Indonesian government letters: the office letterhead; the
 * Nomor / Sifat / Lampiran / Perihal block with place and date ("Kupang, 22 November 2026") on the right; "Kepada
 * Yth." and the addressee; the body (paragraphs, headings, label/value rows, item tables — see {@link LetterBody});
 * the signature block with the signer's position, office and name; for an approved letter the line saying who approved
 * it in the portal and when; for a draft a "DRAF / DRAFT" mark across every page and no number. Text is set in the
 * embedded Liberation Sans of {@link PdfDocuments}, so Indonesian and other accented letters print. Stateless.
 */
public final class OutgoingLetterPdf {

    private static final float BODY = 10.5f;

    private OutgoingLetterPdf() {
    }

    /** The letter's date as letters write it: "22 November 2026" / "22 November 2026" (no weekday). */
    public static String letterDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static byte[] render(LetterContent c) {
        Messages m = Messages.of(c.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        String title = c.subject() + (c.number() == null ? "" : " — " + c.number());
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title, c.signingOffice(), m.locale()))) {
            pdf.footer(m.get("outgoing.pdf.footer", c.number() == null ? m.get("outgoing.pdf.draftNumber") : c.number()))
                    .letterhead(c.letterhead(), m::get);
            pdf.add(header(pdf, c, m));
            pdf.add(addressee(pdf, c, m));
            for (LetterBody.Block block : LetterBody.parse(c.body())) {
                if (block instanceof LetterBody.Paragraph p) {
                    pdf.paragraph(p.text());
                } else if (block instanceof LetterBody.Heading h) {
                    Paragraph heading = new Paragraph(BODY * 1.4f, h.text(), pdf.font(BODY, true));
                    heading.setSpacingBefore(2f);
                    heading.setSpacingAfter(4f);
                    heading.setKeepTogether(true);
                    pdf.add(heading);
                } else if (block instanceof LetterBody.Fields f) {
                    pdf.labelValueTable(f.rows().stream().map(r -> Row.of(r.label(), r.value())).toList());
                } else if (block instanceof LetterBody.Table t) {
                    pdf.dataTable(widths(t.header()), t.header(),
                            t.rows().stream().map(r -> List.<Object>copyOf(r)).toList(), 0f);
                }
            }
            pdf.signatureBlock(c.signerPosition() == null ? "" : c.signerPosition(),
                    c.signingOffice() == null ? "" : c.signingOffice() + ",", c.signerName());
            if (c.approvalLine() != null) {
                pdf.space(6f).notice(c.approvalLine());
            }
        }
        byte[] bytes = out.toByteArray();
        return c.watermark() == null ? bytes : watermark(bytes, c.watermark());
    }

    /** Nomor / Sifat / Lampiran / Perihal on the left, place and date on the right. */
    private static PdfPTable header(PdfDocuments pdf, LetterContent c, Messages m) {
        PdfPTable rows = new PdfPTable(3);
        rows.setWidthPercentage(100f);
        rows.setWidths(new float[] {22f, 4f, 74f});
        String attachments = c.attachmentCount() <= 0 ? "-" : m.get("outgoing.pdf.attachments", c.attachmentCount());
        String[][] lines = {
                {m.get("outgoing.pdf.number"), c.number() == null ? m.get("outgoing.pdf.draftNumber") : c.number()},
                {m.get("outgoing.pdf.nature"), m.get("outgoing.pdf.nature.ordinary")},
                {m.get("outgoing.pdf.attachment"), attachments},
                {m.get("outgoing.pdf.subject"), c.subject()}};
        for (int i = 0; i < lines.length; i++) {
            rows.addCell(cell(pdf, lines[i][0], false, Element.ALIGN_LEFT));
            rows.addCell(cell(pdf, ":", false, Element.ALIGN_LEFT));
            rows.addCell(cell(pdf, lines[i][1], i == lines.length - 1, Element.ALIGN_LEFT));
        }
        PdfPTable outer = new PdfPTable(2);
        outer.setWidthPercentage(100f);
        outer.setWidths(new float[] {64f, 36f});
        PdfPCell left = new PdfPCell(rows);
        left.setBorder(Rectangle.NO_BORDER);
        left.setPadding(0f);
        outer.addCell(left);
        outer.addCell(cell(pdf, c.place() + ", " + letterDate(c.date(), c.locale()), false, Element.ALIGN_RIGHT));
        outer.setSpacingBefore(4f);
        outer.setSpacingAfter(12f);
        return outer;
    }

    private static PdfPTable addressee(PdfDocuments pdf, LetterContent c, Messages m) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(55f);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(cell(pdf, m.get("outgoing.pdf.to"), false, Element.ALIGN_LEFT));
        table.addCell(cell(pdf, m.get("outgoing.pdf.to.name", c.addressee()), true, Element.ALIGN_LEFT));
        if (c.addresseeAddress() != null && !c.addresseeAddress().isBlank()) {
            table.addCell(cell(pdf, c.addresseeAddress(), false, Element.ALIGN_LEFT));
        }
        String place = m.get("outgoing.pdf.to.place");
        if (!place.isBlank()) {
            table.addCell(cell(pdf, place, false, Element.ALIGN_LEFT));
        }
        table.setSpacingAfter(12f);
        return table;
    }

    private static PdfPCell cell(PdfDocuments pdf, String text, boolean bold, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, pdf.font(BODY, bold)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0f);
        cell.setPaddingBottom(3f);
        cell.setLeading(0f, 1.3f);
        cell.setUseAscender(true);
        return cell;
    }

    /** A narrow first column for a "No." column, the rest shared equally. */
    private static float[] widths(List<String> header) {
        float[] widths = new float[header.size()];
        boolean numbered = !header.isEmpty() && header.get(0).length() <= 4;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = numbered && i == 0 ? 7f : (numbered ? 93f / (widths.length - 1) : 100f / widths.length);
        }
        return widths.length == 1 ? new float[] {100f} : widths;
    }

    /** Stamps {@code text} large, grey and diagonal across every page. */
    static byte[] watermark(byte[] pdf, String text) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            PdfStamper stamper = new PdfStamper(reader, out);
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.18f);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.saveState();
                over.setGState(faint);
                over.setColorFill(new Color(0x99, 0x00, 0x00));
                over.beginText();
                over.setFontAndSize(font, 64f);
                over.showTextAligned(Element.ALIGN_CENTER, text, size.getWidth() / 2, size.getHeight() / 2, 45f);
                over.endText();
                over.restoreState();
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
