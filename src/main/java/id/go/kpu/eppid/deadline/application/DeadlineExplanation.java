package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.TraceStep;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A due date's explanation, stored with the request as JSON (bundle keys and typed arguments, see {@link TraceStep})
 * and written out in the reader's language: the same lines for staff and, in plain words, for the applicant.
 */
public final class DeadlineExplanation {

    /**
     * Looked up once: {@code Json.createArrayBuilder()} and the like look the provider up through the class loader on
     * every call, and every submission and every recompute writes an explanation (issue 8, P1 and P3).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private DeadlineExplanation() {
    }

    public static String toJson(List<TraceStep> trace) {
        JsonArrayBuilder steps = JSON.createArrayBuilder();
        for (TraceStep t : trace) {
            JsonArrayBuilder args = JSON.createArrayBuilder();
            t.args().forEach(args::add);
            steps.add(JSON.createObjectBuilder().add("k", t.key()).add("a", args));
        }
        return steps.build().toString();
    }

    public static List<TraceStep> fromJson(String json) {
        List<TraceStep> trace = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return trace;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonArray steps = reader.readArray();
            for (JsonObject o : steps.getValuesAs(JsonObject.class)) {
                trace.add(new TraceStep(o.getString("k"), o.getJsonArray("a").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList()));
            }
        }
        return trace;
    }

    /** The explanation's lines in {@code locale}, dates and times in the office's zone. */
    public static List<String> lines(String json, ZoneId zone, Locale locale) {
        Messages m = Messages.of(locale);
        List<String> lines = new ArrayList<>();
        for (TraceStep t : fromJson(json)) {
            Object[] args = t.args().stream().map(a -> arg(a, zone, m.locale())).toArray();
            lines.add(m.get(t.key(), args));
        }
        return lines;
    }

    private static Object arg(String a, ZoneId zone, Locale locale) {
        String value = a.length() > 2 ? a.substring(2) : "";
        return switch (a.isEmpty() ? ' ' : a.charAt(0)) {
            case 't' -> OfficeDateFormat.dateTime(LocalDateTime.parse(value).atZone(zone), locale);
            case 'd' -> OfficeDateFormat.date(LocalDate.parse(value).atStartOfDay(zone), locale);
            case 'n' -> value;
            default -> value;
        };
    }
}
