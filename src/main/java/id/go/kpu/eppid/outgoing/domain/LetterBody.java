package id.go.kpu.eppid.outgoing.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a letter body as the PDF lays it out. A rendered template (or a draft edited by hand) is plain text:
 * <ul>
 * <li>paragraphs are separated by a blank line; a line break inside a paragraph is kept;</li>
 * <li>a line starting with {@code # } is a heading (bold);</li>
 * <li>lines of the form {@code Label :: value} make a label/value table (e.g. registration number, applicant);</li>
 * <li>lines starting with {@code |} make a table, cells separated by {@code |}; the first row is the header. A table
 * without data rows (e.g. an empty item list) is left out.</li>
 * </ul>
 */
public final class LetterBody {

    /** One laid-out part of the body. */
    public sealed interface Block permits Paragraph, Heading, Fields, Table {
    }

    /** A justified paragraph. */
    public record Paragraph(String text) implements Block {
    }

    /** A bold heading line. */
    public record Heading(String text) implements Block {
    }

    /** Label/value rows. */
    public record Fields(List<Field> rows) implements Block {
    }

    /** One label/value row. */
    public record Field(String label, String value) {
    }

    /** A table with a header row. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private static final String FIELD_SEPARATOR = " :: ";

    private LetterBody() {
    }

    /** The blocks of {@code text}, in order. */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<Field> fields = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            Kind kind = line.isEmpty() ? Kind.BLANK
                    : line.startsWith("|") ? Kind.TABLE
                    : line.startsWith("# ") ? Kind.HEADING
                    : line.contains(FIELD_SEPARATOR) || line.endsWith(" ::") ? Kind.FIELD
                    : Kind.TEXT;
            if (kind != Kind.TEXT) {
                flushParagraph(blocks, paragraph);
            }
            if (kind != Kind.FIELD) {
                flushFields(blocks, fields);
            }
            if (kind != Kind.TABLE) {
                flushTable(blocks, table);
            }
            switch (kind) {
                case TABLE -> table.add(cells(line));
                case HEADING -> blocks.add(new Heading(line.substring(2).strip()));
                case FIELD -> {
                    int at = line.indexOf(" ::");
                    fields.add(new Field(line.substring(0, at).strip(), line.substring(at + 3).strip()));
                }
                case TEXT -> paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line);
                case BLANK -> { }
            }
        }
        flushParagraph(blocks, paragraph);
        flushFields(blocks, fields);
        flushTable(blocks, table);
        return blocks;
    }

    private enum Kind { BLANK, TABLE, HEADING, FIELD, TEXT }

    private static List<String> cells(String line) {
        String inner = line.substring(1);
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushFields(List<Block> blocks, List<Field> fields) {
        if (!fields.isEmpty()) {
            blocks.add(new Fields(List.copyOf(fields)));
            fields.clear();
        }
    }

    private static void flushTable(List<Block> blocks, List<List<String>> table) {
        if (table.size() > 1) {
            int columns = table.get(0).size();
            List<List<String>> rows = table.subList(1, table.size()).stream().map(r -> fit(r, columns)).toList();
            blocks.add(new Table(List.copyOf(table.get(0)), rows));
        }
        table.clear();
    }

    /** A row cut or padded to the header's width. */
    private static List<String> fit(List<String> row, int columns) {
        List<String> out = new ArrayList<>(row.subList(0, Math.min(row.size(), columns)));
        while (out.size() < columns) {
            out.add("");
        }
        return List.copyOf(out);
    }
}
