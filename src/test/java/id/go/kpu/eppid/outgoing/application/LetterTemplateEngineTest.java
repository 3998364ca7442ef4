package id.go.kpu.eppid.outgoing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering letter templates: facts, item lists as table rows, missing keys, and a template that does not compile. */
class LetterTemplateEngineTest {

    @Test
    void rendersFactsAndItemRows() {
        String template = """
                Nomor Registrasi :: {{registrationNumber}}

                | No. | Informasi |
                {{#items}}
                | {{-index}} | {{description}} |
                {{/items}}
                Selesai.""";
        String out = LetterTemplateEngine.render("body", template, Map.of("registrationNumber", "PI-5371-2026-000001",
                "items", List.of(Map.of("description", "Rekap DPT"), Map.of("description", "SK KPU | lampiran"))));
        assertEquals("""
                Nomor Registrasi :: PI-5371-2026-000001

                | No. | Informasi |
                | 1 | Rekap DPT |
                | 2 | SK KPU / lampiran |
                Selesai.""", out, "standalone section lines leave no blank lines; a value cannot add a table cell");
    }

    @Test
    void missingKeysRenderEmptyAndMissingListsAreFalse() {
        String template = "A{{nothing}}B {{#items}}x{{/items}}{{^holderBody}}(none){{/holderBody}} {{#notes}}N: {{notes}}{{/notes}}";
        assertEquals("AB (none) ", LetterTemplateEngine.render("body", template, Map.of()));
        assertEquals("AB  N: catatan", LetterTemplateEngine.render("body", template,
                Map.of("holderBody", "BPS", "notes", "catatan")));
        assertEquals("AB (none) ", LetterTemplateEngine.render("body", template, Map.of("holderBody", "")),
                "an empty text is false");
    }

    @Test
    void valuesAreNotHtmlEscapedButCannotForgeALabelRow() {
        assertEquals("Nama: O'Brien & Sons \"Ltd\" <x> a : b",
                LetterTemplateEngine.render("body", "Nama: {{n}}", Map.of("n", "O'Brien & Sons \"Ltd\" <x> a :: b")));
    }

    @Test
    void aBrokenTemplateIsRefusedNamingTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LetterTemplateEngine.check("body",
                "Dengan hormat,\n\n{{#items}}\n| {{description}} |\n{{/item}}\n"));
        InvalidInputException.Problem p = e.problems().get(0);
        assertEquals("body", p.field());
        assertEquals("outgoing.template.syntax", p.key());
        assertEquals("5", p.args()[0], "the line of the unmatched close tag");
        assertTrue(p.args()[1].toString().contains("item"), p.args()[1].toString());

        InvalidInputException unclosed = assertThrows(InvalidInputException.class,
                () -> LetterTemplateEngine.check("subject", "Perihal {{registrationNumber"));
        assertEquals("subject", unclosed.problems().get(0).field());
    }
}
