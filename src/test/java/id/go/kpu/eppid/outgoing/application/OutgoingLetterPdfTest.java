package id.go.kpu.eppid.outgoing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.shared.pdf.Letterhead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The national default templates of V11 render with sample facts into letters that carry what the regulations ask
 * (REQ-6, LAW-1, LAW-2, LAW-3), and the PDF prints them with the letterhead, number, Indonesian date and accented
 * letters. The PDFs are written to {@code target/outgoing-samples/} to look at.
 */
class OutgoingLetterPdfTest {

    private static final Pattern SEED = Pattern.compile(
            "VALUES \\(NULL, '(\\w+)', '(id|en)', '((?:[^']++|'')*+)',\\n'((?:[^']++|'')*+)',", Pattern.DOTALL);
    private static final Path OUT = Path.of("target", "outgoing-samples");

    private record Seeded(String subject, String body) {
    }

    private static Map<String, Seeded> seeded() throws IOException {
        // every migration that seeds letter templates (V11 for the first types, later ones for those added since)
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("db/migration"))) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        String sql = all.toString();
        Map<String, Seeded> out = new HashMap<>();
        Matcher m = SEED.matcher(sql);
        while (m.find()) {
            out.put(m.group(1) + "." + m.group(2), new Seeded(m.group(3).replace("''", "'"), m.group(4).replace("''", "'")));
        }
        return out;
    }

    private static Map<String, Object> facts(OutgoingLetterType type, Locale locale) {
        Map<String, Object> f = SampleFacts.of(type, locale);
        f.put(OutgoingLetters.OFFICE_NAME, "Komisi Pemilihan Umum Kota Kupang");
        f.put(OutgoingLetters.OFFICE_ADDRESS, "Jl. Frans Seda, Kelapa Lima, Kota Kupang");
        f.put(OutgoingLetters.OFFICE_EMAIL, "kota_kupang@kpu.go.id");
        f.put(OutgoingLetters.APPLICANT_NAME, "José Müller-Ndun");
        return f;
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static byte[] render(OutgoingLetterType type, String lang, Seeded t, String number, String watermark)
            throws IOException {
        Locale locale = Locale.forLanguageTag(lang);
        Map<String, Object> f = facts(type, locale);
        String body = LetterTemplateEngine.render("body", t.body(), f);
        byte[] pdf = OutgoingLetterPdf.render(new LetterContent(new Letterhead(
                "KOMISI PEMILIHAN UMUM\nKOTA KUPANG", "Jl. Frans Seda, Kelapa Lima, Kota Kupang",
                "kota_kupang@kpu.go.id", "+6281100005371"), locale, number, "Kupang", LocalDate.of(2026, 11, 22),
                LetterTemplates.oneLine(LetterTemplateEngine.render("subject", t.subject(), f)), body,
                "José Müller-Ndun", "Jl. Cendana No. 5, Oebobo, Kupang", 1, "Sekretaris", "Dr. Frederik Ülu, S.H.",
                "Komisi Pemilihan Umum Kota Kupang",
                number == null ? null : "Disetujui secara elektronik melalui portal e-PPID oleh Dr. Frederik Ülu, S.H. "
                        + "pada Minggu, 22 November 2026 pukul 10.15 WITA.", watermark));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(type.name().toLowerCase(Locale.ROOT) + "-" + lang
                + (watermark == null ? "" : "-draft") + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void everyTypeHasAnIndonesianAndAnEnglishDefaultThatRenders() throws IOException {
        Map<String, Seeded> seeded = seeded();
        for (OutgoingLetterType type : OutgoingLetterType.values()) {
            for (String lang : List.of("id", "en")) {
                Seeded t = seeded.get(type + "." + lang);
                assertTrue(t != null, "no default " + type + "/" + lang);
                String text = text(render(type, lang, t, "007/PP.01-SD/5371/XI/2026", null));
                assertTrue(text.contains("PI-0000-2026-000000"), type + "/" + lang + ": registration number");
                assertTrue(text.contains("José Müller-Ndun"), type + "/" + lang + ": applicant with accents");
                assertTrue(text.contains("007/PP.01-SD/5371/XI/2026"), type + "/" + lang + ": number");
                assertFalse(text.contains("{{"), type + "/" + lang + ": a tag left over");
            }
        }
    }

    @Test
    void theRefusalCarriesEveryFieldTheLawAsks() throws IOException {
        String text = text(render(OutgoingLetterType.REFUSAL, "id", seeded().get("REFUSAL.id"), "007/PP.01-SD/5371/XI/2026",
                null));
        for (String expected : List.of("KOMISI PEMILIHAN UMUM", "KOTA KUPANG", "Nomor", "Perihal",
                "Kupang, 22 November 2026", "Kepada Yth.", "Nama Pemohon", "Daftar pemilih tetap",
                "Pasal 17 huruf h", "rahasia pribadi", "Uji Konsekuensi", "disalahgunakan", "Kepentingan Publik",
                "Dasar Hukum", "Atasan PPID", "30 (tiga puluh) hari kerja", "keberatan", "kota_kupang@kpu.go.id",
                "Sekretaris", "Dr. Frederik Ülu, S.H.", "Disetujui secara elektronik")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in " + text);
        }
    }

    @Test
    void extensionNotHeldAndPartialGrantFields() throws IOException {
        Map<String, Seeded> seeded = seeded();
        String extension = text(render(OutgoingLetterType.EXTENSION, "id", seeded.get("EXTENSION.id"), "008/X/2026", null));
        assertTrue(extension.contains("Alasan Perpanjangan") && extension.contains("7 hari kerja")
                && extension.contains("Senin, 16 November 2026") && extension.contains("Rabu, 25 November 2026")
                && extension.contains("Pasal 22 ayat (8)"), extension);
        String notHeld = text(render(OutgoingLetterType.NOT_HELD, "en", seeded.get("NOT_HELD.en"), "009/X/2026", null));
        assertTrue(notHeld.contains("Statistics Indonesia"), notHeld);
        String partial = text(render(OutgoingLetterType.PARTIAL_GRANT, "id", seeded.get("PARTIAL_GRANT.id"), "010/X/2026",
                null));
        assertTrue(partial.contains("Bagian yang Dihitamkan") && partial.contains("Kolom NIK")
                && partial.contains("rekap-contoh.pdf") && partial.contains("Atasan PPID"), partial);
    }

    @Test
    void aDraftHasNoNumberAndIsMarked() throws IOException {
        String text = text(render(OutgoingLetterType.ACCEPTANCE, "id", seeded().get("ACCEPTANCE.id"), null, "DRAF / DRAFT"));
        assertTrue(text.contains("(diberikan saat disetujui)"), text);
        assertTrue(text.contains("DRAF / DRAFT"), text);
        assertFalse(text.contains("Disetujui secara elektronik"), text);
        assertEquals("22 November 2026", OutgoingLetterPdf.letterDate(LocalDate.of(2026, 11, 22),
                Locale.forLanguageTag("id")));
        assertEquals("2 Agustus 2026", OutgoingLetterPdf.letterDate(LocalDate.of(2026, 8, 2),
                Locale.forLanguageTag("id")));
    }
}
