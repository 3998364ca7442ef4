package id.go.kpu.eppid.outgoing.application;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders letter templates (Mustache, via jmustache) to the plain text of {@link
 * id.go.kpu.eppid.outgoing.domain.LetterBody}. A name the facts lack renders empty; a missing or empty list or an
 * empty text is false for a section ({@code {{#items}}…{{/items}}}, {@code {{^notes}}…{{/notes}}}); {@code {{-index}}}
 * numbers list items from 1. Values are text, not HTML: nothing is HTML-escaped, but a value cannot break the layout —
 * {@code |} becomes {@code /} and {@code " :: "} becomes {@code " : "}. Thread-safe.
 */
public final class LetterTemplateEngine {

    private static final Pattern LINE = Pattern.compile("@ line (\\d+)");

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .defaultValue("") // missing names and null values alike
            .emptyStringIsFalse(true)
            .zeroIsFalse(false)
            .withEscaper(LetterTemplateEngine::neutralise);

    private LetterTemplateEngine() {
    }

    /**
     * Checks that {@code template} compiles.
     *
     * @param field the form field named in the problem
     * @throws InvalidInputException {@code outgoing.template.syntax} with the line and the parser's explanation
     */
    public static void check(String field, String template) {
        compile(field, template);
    }

    /**
     * Renders {@code template} with {@code facts} (values {@code String} or {@code List<Map<String, ?>>}).
     *
     * @throws InvalidInputException when the template does not compile (see {@link #check})
     */
    public static String render(String field, String template, Map<String, ?> facts) {
        Template compiled = compile(field, template);
        try {
            return compiled.execute(facts);
        } catch (MustacheException e) {
            throw syntax(field, e);
        }
    }

    private static Template compile(String field, String template) {
        String text = template == null ? "" : template;
        requireClosedTags(field, text);
        try {
            return COMPILER.compile(text);
        } catch (MustacheException e) {
            throw syntax(field, e);
        }
    }

    private static InvalidInputException syntax(String field, MustacheException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LINE.matcher(message);
        String line = m.find() ? m.group(1) : "?";
        String detail = LINE.matcher(message).replaceAll("").strip();
        return new InvalidInputException(field, "outgoing.template.syntax", line, detail);
    }

    /** jmustache prints an unclosed {@code {{name} as text; an editor surely meant a tag, so it is refused. */
    private static void requireClosedTags(String field, String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return;
            }
            int close = text.indexOf("}}", open + 2);
            int next = text.indexOf("{{", open + 2);
            int newline = text.indexOf('\n', open);
            boolean inTriple = text.startsWith("{{{", open);
            if (close < 0 || (next >= 0 && next < close && !inTriple) || (newline >= 0 && newline < close)) {
                int line = 1 + (int) text.substring(0, open).chars().filter(c -> c == '\n').count();
                throw new InvalidInputException(field, "outgoing.template.syntax", String.valueOf(line),
                        "{{ … }}");
            }
            from = close + 2;
        }
    }

    private static String neutralise(String value) {
        return value.replace("|", "/").replace(" :: ", " : ");
    }
}
