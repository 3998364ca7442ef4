package id.go.kpu.eppid.shared.report;

import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables in Excel workbooks (registers, recaps, reports): a bold shaded header row, frozen; numbers stay numbers
 * (a {@link Number}, or a string of digits such as a count) so they can be summed, everything else is text.
 */
public final class Sheets {

    /** Excel's limit on a sheet name. */
    private static final int NAME_LENGTH = 31;

    private Sheets() {
    }

    /** Adds a sheet {@code name} with {@code headers} and {@code rows}; returns it for more (e.g. a total). */
    public static Worksheet table(Workbook workbook, String name, List<String> headers, List<List<Object>> rows) {
        Worksheet sheet = workbook.newWorksheet(name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("F3F3F3").set();
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).size(); c++) {
                Object v = rows.get(i).get(c);
                if (v instanceof Number n) {
                    sheet.value(i + 1, c, n);
                } else if (v instanceof String s && s.matches("\\d{1,9}")) {
                    sheet.value(i + 1, c, Integer.parseInt(s));
                } else {
                    sheet.value(i + 1, c, v == null ? "" : String.valueOf(v));
                }
            }
        }
        sheet.freezePane(0, 1);
        return sheet;
    }
}
