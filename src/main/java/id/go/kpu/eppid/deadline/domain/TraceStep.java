package id.go.kpu.eppid.deadline.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a due date's explanation: a bundle key and its arguments, each typed by a prefix so it can be written
 * out in the reader's language — {@code d:} a date, {@code t:} a date and time in the office's zone, {@code n:} a
 * number, {@code s:} text (e.g. a holiday's name).
 */
public record TraceStep(String key, List<String> args) {

    public TraceStep {
        args = List.copyOf(args);
    }

    public static TraceStep of(String key, Object... values) {
        List<String> args = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof LocalDateTime t) {
                args.add("t:" + t);
            } else if (v instanceof LocalDate d) {
                args.add("d:" + d);
            } else if (v instanceof Number n) {
                args.add("n:" + n);
            } else {
                args.add("s:" + v);
            }
        }
        return new TraceStep(key, args);
    }
}
