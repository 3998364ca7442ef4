package id.go.kpu.eppid.shared.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A small builder for official A4 documents (receipts, reply letters, refusal letters, disposition sheets)
 * on top of OpenPDF: embedded Liberation Sans, the office letterhead with the double rule of Indonesian
 * government letterheads, titles, label/value tables, paragraphs, notices and vector QR codes.
 *
 * <pre>
 * try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title, office, locale))) {
 *     pdf.letterhead(letterhead, labels)
 *        .title(title)
 *        .labelValueTable(List.of(PdfDocuments.Row.of(label, value)))
 *        .paragraph(text)
 *        .qrCode(url, 90, caption);
 * }
 * </pre>
 *
 * All text is set in Liberation Sans, embedded (subset, Identity-H), so any Unicode letter prints and the
 * document looks the same everywhere. The caller passes every visible text in; the only label keys read here
 * are those of {@link #letterhead(Letterhead, Function)}. {@link #close()} finishes the document; the output
 * stream is flushed but left open. One instance per document; not thread-safe.
 */
public final class PdfDocuments implements AutoCloseable {

    /** Classpath resource of the regular face (from {@code openpdf-fonts-extra}). */
    public static final String REGULAR_FONT_RESOURCE = "liberation/LiberationSans-Regular.ttf";
    /** Classpath resource of the bold face (from {@code openpdf-fonts-extra}). */
    public static final String BOLD_FONT_RESOURCE = "liberation/LiberationSans-Bold.ttf";

    /** Label key of the email caption in the letterhead contact line. */
    public static final String KEY_LETTERHEAD_EMAIL = "letterhead.email";
    /** Label key of the WhatsApp caption in the letterhead contact line. */
    public static final String KEY_LETTERHEAD_WHATSAPP = "letterhead.whatsapp";

    private static final float MARGIN_SIDE = 56.7f;   // 2 cm
    private static final float MARGIN_TOP = 42.5f;    // 1.5 cm
    private static final float MARGIN_BOTTOM = 70.9f; // 2.5 cm, room for the footer

    private static final float BODY_SIZE = 10.5f;
    private static final float SMALL_SIZE = 8.5f;

    private static final Color INK = new Color(0x11, 0x11, 0x11);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xB8, 0xB8, 0xB8);
    private static final Color SHADE = new Color(0xF3, 0xF3, 0xF3);
    private static final Color BAR = new Color(0x2E, 0x90, 0xFA);
    private static final String CONTACT_SEPARATOR = "   |   ";

    /**
     * Document information written into the PDF metadata.
     *
     * @param title  document title (shown by viewers instead of the file name); may be {@code null}
     * @param author the issuing office; may be {@code null}
     * @param locale the language of the document, written as the catalog's {@code /Lang}; may be {@code null}
     */
    public record Info(String title, String author, Locale locale, boolean landscape) {

        /** A portrait document. */
        public Info(String title, String author, Locale locale) {
            this(title, author, locale, false);
        }
    }

    /**
     * One row of a {@linkplain #labelValueTable(List) label/value table}.
     *
     * @param label  the label, e.g. "Nama Pemohon"
     * @param value  the value; long text wraps; {@code null} prints as empty
     * @param strong whether the value is set in bold
     */
    public record Row(String label, String value, boolean strong) {

        /** Requires a label. */
        public Row {
            Objects.requireNonNull(label, "label");
        }

        /** A row with a regular value. */
        public static Row of(String label, String value) {
            return new Row(label, value, false);
        }

        /** A row with a bold value. */
        public static Row strong(String label, String value) {
            return new Row(label, value, true);
        }
    }

    private final Document document;
    private final PdfWriter writer;
    private final BaseFont regular;
    private final BaseFont bold;
    private final FooterEvent footer = new FooterEvent();

    private PdfDocuments(OutputStream out, Info info) {
        this.regular = Fonts.create(REGULAR_FONT_RESOURCE);
        this.bold = Fonts.create(BOLD_FONT_RESOURCE);
        this.document = new Document(info != null && info.landscape() ? PageSize.A4.rotate() : PageSize.A4,
                MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(footer);
        if (info != null) {
            if (info.title() != null) {
                document.addTitle(info.title());
                writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            }
            if (info.author() != null) {
                document.addAuthor(info.author());
            }
            if (info.locale() != null) {
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.locale().toLanguageTag()));
            }
        }
        document.addCreationDate();
        document.open();
    }

    /** Starts an A4 document without metadata writing to {@code out}. */
    public static PdfDocuments open(OutputStream out) {
        return open(out, null);
    }

    /** Starts an A4 document writing to {@code out}, with the given metadata ({@code null} for none). */
    public static PdfDocuments open(OutputStream out, Info info) {
        return new PdfDocuments(Objects.requireNonNull(out, "out"), info);
    }

    // ---------------------------------------------------------------- fonts

    /** The embedded Liberation Sans at {@code size} points, regular or bold, in the body ink colour. */
    public Font font(float size, boolean boldFace) {
        return new Font(boldFace ? bold : regular, size, Font.NORMAL, INK);
    }

    private Font font(float size, boolean boldFace, Color color) {
        return new Font(boldFace ? bold : regular, size, Font.NORMAL, color);
    }

    // ---------------------------------------------------------------- building blocks

    /**
     * The letterhead: the office heading centered in bold capitals, the address and a contact line
     * (email, WhatsApp) in small text, and a double rule (thick over thin) across the text width.
     *
     * @param labels key to text; reads {@value #KEY_LETTERHEAD_EMAIL} and {@value #KEY_LETTERHEAD_WHATSAPP}
     */
    public PdfDocuments letterhead(Letterhead letterhead, Function<String, String> labels) {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(labels, "labels");
        PdfPTable table = fullWidthTable(1);
        for (String line : letterhead.officeHeading().toUpperCase(Locale.ROOT).split("\\R")) {
            PdfPCell heading = plainCell(new Phrase(line.strip(), font(15.5f, true)), Element.ALIGN_CENTER);
            heading.setPaddingBottom(5f);
            table.addCell(heading);
        }
        if (hasText(letterhead.address())) {
            table.addCell(plainCell(new Phrase(letterhead.address().strip(), font(9f, false)), Element.ALIGN_CENTER));
        }
        List<String> contacts = new ArrayList<>();
        if (hasText(letterhead.email())) {
            contacts.add(labels.apply(KEY_LETTERHEAD_EMAIL) + ": " + letterhead.email().strip());
        }
        if (hasText(letterhead.whatsapp())) {
            contacts.add(labels.apply(KEY_LETTERHEAD_WHATSAPP) + ": " + letterhead.whatsapp().strip());
        }
        if (!contacts.isEmpty()) {
            table.addCell(plainCell(new Phrase(String.join(CONTACT_SEPARATOR, contacts), font(9f, false)),
                    Element.ALIGN_CENTER));
        }
        PdfPCell rule = plainCell(new Phrase(""), Element.ALIGN_CENTER);
        rule.setFixedHeight(12f);
        rule.setCellEvent(PdfDocuments::drawDoubleRule);
        table.addCell(rule);
        table.setSpacingAfter(6f);
        return add(table);
    }

    /** A document title: centered, bold capitals, underlined. */
    public PdfDocuments title(String text) {
        Chunk chunk = new Chunk(text.toUpperCase(Locale.ROOT), font(13f, true));
        chunk.setUnderline(0.8f, -2.2f);
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(10f);
        paragraph.setSpacingAfter(10f);
        return add(paragraph);
    }

    /**
     * A prominent, centered, shaded box: a small caption over a large bold value (e.g. a registration number).
     */
    public PdfDocuments highlight(String caption, String value) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(62f);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(0.8f);
        cell.setBorderColor(RULE);
        cell.setBackgroundColor(SHADE);
        cell.setPaddingTop(6f);
        cell.setPaddingBottom(8f);
        cell.setUseAscender(true);
        Paragraph top = new Paragraph(12f, caption, font(9f, false, MUTED));
        top.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(top);
        Paragraph main = new Paragraph(22f, value, font(17f, true));
        main.setAlignment(Element.ALIGN_CENTER);
        main.setSpacingBefore(1f);
        cell.addElement(main);
        table.addCell(cell);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(12f);
        return add(table);
    }

    /**
     * A two-column form-like table: label, colon, value. Long values wrap within their column; rows
     * may break across pages.
     */
    public PdfDocuments labelValueTable(List<Row> rows) {
        PdfPTable table = fullWidthTable(3);
        table.setWidths(new float[] {30f, 2.5f, 67.5f});
        table.setSplitLate(false);
        for (Row row : rows) {
            table.addCell(formCell(new Phrase(row.label(), font(BODY_SIZE, false))));
            table.addCell(formCell(new Phrase(":", font(BODY_SIZE, false))));
            String value = row.value() == null ? "" : row.value();
            table.addCell(formCell(new Phrase(value, font(BODY_SIZE, row.strong()))));
        }
        table.setSpacingAfter(10f);
        return add(table);
    }

    /** A bar-chart cell of a {@link #dataTable}: a filled bar across {@code share} (0 … 1) of the cell. */
    public record Bar(double share) {
    }

    /**
     * A register-style table: a shaded header row repeated on every page, then the rows. A cell is text, a
     * {@link Bar} (so a table can be a bar chart), or the bytes of a PNG/JPEG image (e.g. a signature) scaled to fit a
     * row of {@code imageHeight} points.
     */
    public PdfDocuments dataTable(float[] widths, List<String> headers, List<List<Object>> rows, float imageHeight) {
        PdfPTable table = fullWidthTable(widths.length);
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font(SMALL_SIZE, true)));
            cell.setBackgroundColor(SHADE);
            cell.setBorderColor(RULE);
            cell.setPadding(3f);
            table.addCell(cell);
        }
        for (List<Object> row : rows) {
            for (Object value : row) {
                PdfPCell cell;
                if (value instanceof Bar bar) {
                    cell = new PdfPCell(new Phrase(" ", font(SMALL_SIZE, false)));
                    double share = Math.max(0, Math.min(1, bar.share()));
                    cell.setCellEvent((c, position, canvases) -> {
                        PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
                        canvas.saveState();
                        canvas.setColorFill(BAR);
                        float inset = 3f;
                        canvas.rectangle(position.getLeft() + inset, position.getBottom() + inset,
                                (float) ((position.getWidth() - 2 * inset) * share), position.getHeight() - 2 * inset);
                        canvas.fill();
                        canvas.restoreState();
                    });
                } else if (value instanceof byte[] bytes) {
                    try {
                        Image image = Image.getInstance(bytes);
                        image.scaleToFit(1000f, imageHeight);
                        cell = new PdfPCell(image, false);
                    } catch (IOException | RuntimeException e) {
                        cell = new PdfPCell(new Phrase(""));
                    }
                } else {
                    cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), font(SMALL_SIZE, false)));
                }
                cell.setBorderColor(RULE);
                cell.setPadding(3f);
                table.addCell(cell);
            }
        }
        table.setSpacingAfter(10f);
        return add(table);
    }

    /**
     * The signature block of a letter or sheet, on the right: place and date, the official's title, room to sign,
     * and the name (underlined when given).
     */
    public PdfDocuments signatureBlock(String placeAndDate, String title, String name) {
        PdfPTable outer = fullWidthTable(2);
        outer.setWidths(new float[] {55f, 45f});
        outer.setKeepTogether(true);
        outer.addCell(plainCell(new Phrase(""), Element.ALIGN_LEFT));
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100f);
        block.addCell(plainCell(new Phrase(placeAndDate, font(BODY_SIZE, false)), Element.ALIGN_CENTER));
        block.addCell(plainCell(new Phrase(title, font(BODY_SIZE, false)), Element.ALIGN_CENTER));
        PdfPCell room = plainCell(new Phrase(""), Element.ALIGN_CENTER);
        room.setFixedHeight(48f);
        block.addCell(room);
        Chunk signed = new Chunk(name == null ? "" : name, font(BODY_SIZE, true));
        signed.setUnderline(0.6f, -1.8f);
        block.addCell(plainCell(new Phrase(signed), Element.ALIGN_CENTER));
        PdfPCell right = new PdfPCell(block);
        right.setBorder(Rectangle.NO_BORDER);
        outer.addCell(right);
        outer.setSpacingBefore(14f);
        return add(outer);
    }

    /**
     * Who signs one side of a {@linkplain #signaturePair two-party form}.
     *
     * @param title    the role above the signature, e.g. "Perwakilan Partai Politik"
     * @param name     printed under the signature; may be {@code null}
     * @param png      the signature drawn on screen (PNG), or {@code null} for room to sign on paper
     * @param signedAt a small line under the name (when it was signed), or {@code null}
     */
    public record Signer(String title, String name, byte[] png, String signedAt) {
    }

    /** Two signature blocks side by side (left signs first), each with its drawn signature or room to sign. */
    public PdfDocuments signaturePair(Signer left, Signer right) {
        PdfPTable outer = fullWidthTable(2);
        outer.setKeepTogether(true);
        for (Signer signer : List.of(left, right)) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100f);
            block.addCell(plainCell(new Phrase(signer.title(), font(BODY_SIZE, false)), Element.ALIGN_CENTER));
            PdfPCell room = plainCell(new Phrase(""), Element.ALIGN_CENTER);
            if (signer.png() != null) {
                try {
                    Image image = Image.getInstance(signer.png());
                    image.scaleToFit(160f, 52f);
                    room = new PdfPCell(image, false);
                    room.setBorder(Rectangle.NO_BORDER);
                    room.setHorizontalAlignment(Element.ALIGN_CENTER);
                    room.setVerticalAlignment(Element.ALIGN_MIDDLE);
                } catch (IOException | RuntimeException e) {
                    room = plainCell(new Phrase(""), Element.ALIGN_CENTER);
                }
            }
            room.setFixedHeight(58f);
            block.addCell(room);
            Chunk signed = new Chunk(signer.name() == null ? " " : signer.name(), font(BODY_SIZE, true));
            signed.setUnderline(0.6f, -1.8f);
            block.addCell(plainCell(new Phrase(signed), Element.ALIGN_CENTER));
            if (signer.signedAt() != null) {
                block.addCell(plainCell(new Phrase(signer.signedAt(), font(SMALL_SIZE, false, MUTED)),
                        Element.ALIGN_CENTER));
            }
            PdfPCell cell = new PdfPCell(block);
            cell.setBorder(Rectangle.NO_BORDER);
            outer.addCell(cell);
        }
        outer.setSpacingBefore(14f);
        return add(outer);
    }

    /** Starts a new page (e.g. the second copy of a form). */
    public PdfDocuments newPage() {
        document.newPage();
        return this;
    }

    /** A justified body paragraph. */
    public PdfDocuments paragraph(String text) {
        Paragraph paragraph = new Paragraph(BODY_SIZE * 1.4f, text, font(BODY_SIZE, false));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(8f);
        return add(paragraph);
    }

    /** A shaded notice box with a dark bar on its left, for things the reader must not miss. */
    public PdfDocuments notice(String text) {
        PdfPTable table = fullWidthTable(1);
        PdfPCell cell = noticeCell(text);
        table.addCell(cell);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(10f);
        return add(table);
    }

    /** A QR code of {@code content}, {@code size} points square, centered, with a small caption beneath. */
    public PdfDocuments qrCode(String content, float size, String caption) {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(Math.max(size, 160f));
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell image = new PdfPCell(qrImage(content, size), false);
        image.setBorder(Rectangle.NO_BORDER);
        image.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(image);
        if (hasText(caption)) {
            PdfPCell text = plainCell(new Phrase(caption, font(SMALL_SIZE, false, MUTED)), Element.ALIGN_CENTER);
            text.setPaddingTop(3f);
            table.addCell(text);
        }
        table.setSpacingAfter(10f);
        return add(table);
    }

    /**
     * A bordered panel: on the left a QR code of {@code content} ({@code size} points square) with
     * {@code caption} beneath in small text; on the right the given paragraphs, the first in bold.
     */
    public PdfDocuments qrPanel(String content, float size, String caption, String... paragraphs) {
        PdfPTable left = new PdfPTable(1);
        left.setWidthPercentage(100f);
        PdfPCell image = new PdfPCell(qrImage(content, size), false);
        image.setBorder(Rectangle.NO_BORDER);
        image.setHorizontalAlignment(Element.ALIGN_CENTER);
        image.setPadding(0f);
        left.addCell(image);
        if (hasText(caption)) {
            PdfPCell text = plainCell(new Phrase(caption, font(7.5f, false, MUTED)), Element.ALIGN_CENTER);
            text.setPaddingTop(3f);
            left.addCell(text);
        }

        PdfPTable table = fullWidthTable(2);
        float leftWidth = Math.max(size + 20f, 120f);
        table.setWidths(new float[] {leftWidth, document.right() - document.left() - leftWidth});
        table.setKeepTogether(true);
        PdfPCell leftCell = new PdfPCell(left);
        leftCell.setBorder(Rectangle.BOX);
        leftCell.setBorderWidth(0.8f);
        leftCell.setBorderColor(RULE);
        leftCell.setPadding(8f);
        leftCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(leftCell);

        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.RIGHT);
        right.setBorderWidth(0.8f);
        right.setBorderColor(RULE);
        right.setPadding(10f);
        right.setPaddingTop(6f);
        right.setVerticalAlignment(Element.ALIGN_MIDDLE);
        right.setUseAscender(true);
        for (int i = 0; i < paragraphs.length; i++) {
            Paragraph p = new Paragraph(13.5f, paragraphs[i], font(9.5f, i == 0));
            p.setSpacingAfter(i == paragraphs.length - 1 ? 0f : 4f);
            right.addElement(p);
        }
        table.addCell(right);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(10f);
        return add(table);
    }

    /** Vertical white space of {@code points}. */
    public PdfDocuments space(float points) {
        Paragraph paragraph = new Paragraph(" ", font(1f, false));
        paragraph.setLeading(0f);
        paragraph.setSpacingAfter(points);
        return add(paragraph);
    }

    /**
     * A small, centered line at the bottom of every page from the current one on, above a thin rule;
     * {@code null} removes it for later pages.
     */
    public PdfDocuments footer(String text) {
        footer.text = text;
        return this;
    }

    /** Adds any OpenPDF element, for layouts the other methods do not cover; use {@link #font} for its text. */
    public PdfDocuments add(Element element) {
        document.add(element);
        return this;
    }

    /**
     * A QR code of {@code content} as a vector image {@code size} points square, quiet zone included: the
     * modules are one filled path in a {@link PdfTemplate}, so it prints crisp at any resolution.
     * Encoded in UTF-8 with error correction level M.
     */
    public Image qrImage(String content, float size) {
        BitMatrix matrix = encodeQr(content);
        int modules = matrix.getWidth();
        int quiet = 4;
        int total = modules + 2 * quiet;
        PdfTemplate template = writer.getDirectContent().createTemplate(total, total);
        template.setColorFill(Color.WHITE);
        template.rectangle(0, 0, total, total);
        template.fill();
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < modules) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && matrix.get(x, y)) {
                    x++;
                }
                template.rectangle(quiet + start, total - quiet - y - 1, x - start, 1);
            }
        }
        template.fill();
        Image image = Image.getInstance(template);
        image.scaleAbsolute(size, size);
        return image;
    }

    /** Finishes the document and flushes it to the output stream, which stays open. */
    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static BitMatrix encodeQr(String content) {
        Objects.requireNonNull(content, "content");
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR code", e);
        }
    }

    private PdfPTable fullWidthTable(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100f);
        return table;
    }

    private static PdfPCell plainCell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0f);
        cell.setPaddingBottom(2.5f);
        cell.setLeading(0f, 1.25f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private static PdfPCell formCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0f);
        cell.setPaddingRight(4f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4.5f);
        cell.setLeading(0f, 1.3f);
        cell.setUseAscender(true);
        return cell;
    }

    private PdfPCell noticeCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(9.5f, false)));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3f);
        cell.setBorderColorLeft(MUTED);
        cell.setBackgroundColor(SHADE);
        cell.setPadding(7f);
        cell.setPaddingLeft(10f);
        cell.setLeading(0f, 1.35f);
        cell.setUseAscender(true);
        return cell;
    }

    private static void drawDoubleRule(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float top = position.getTop() - 5f;
        canvas.saveState();
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(2.2f);
        canvas.moveTo(position.getLeft(), top);
        canvas.lineTo(position.getRight(), top);
        canvas.stroke();
        canvas.setLineWidth(0.7f);
        canvas.moveTo(position.getLeft(), top - 3.2f);
        canvas.lineTo(position.getRight(), top - 3.2f);
        canvas.stroke();
        canvas.restoreState();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** Draws the footer line at the bottom of each page. */
    private final class FooterEvent extends PdfPageEventHelper {

        private String text;

        @Override
        public void onEndPage(PdfWriter pdfWriter, Document doc) {
            if (!hasText(text)) {
                return;
            }
            PdfContentByte canvas = pdfWriter.getDirectContent();
            float ruleY = doc.bottom() - 22f;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(doc.left(), ruleY);
            canvas.lineTo(doc.right(), ruleY);
            canvas.stroke();
            canvas.restoreState();
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(new Phrase(text, font(7.5f, false, MUTED)),
                    doc.left(), doc.bottom() - 52f, doc.right(), ruleY - 3f, 10f, Element.ALIGN_CENTER);
            column.go();
        }
    }

    /** Loads the font files once; a fresh {@link BaseFont} per document keeps documents independent. */
    private static final class Fonts {

        private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

        static BaseFont create(String resource) {
            byte[] bytes = FILES.computeIfAbsent(resource, Fonts::read);
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + resource, e);
            }
        }

        private static byte[] read(String resource) {
            ClassLoader loader = PdfDocuments.class.getClassLoader();
            InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
            if (in == null) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                in = context == null ? null : context.getResourceAsStream(resource);
            }
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource
                        + " (dependency com.github.librepdf:openpdf-fonts-extra)");
            }
            try (InputStream stream = in) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }
    }
}
