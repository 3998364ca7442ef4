package id.go.kpu.eppid.outgoing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kpu.eppid.outgoing.domain.LetterBody.Field;
import id.go.kpu.eppid.outgoing.domain.LetterBody.Fields;
import id.go.kpu.eppid.outgoing.domain.LetterBody.Heading;
import id.go.kpu.eppid.outgoing.domain.LetterBody.Paragraph;
import id.go.kpu.eppid.outgoing.domain.LetterBody.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body format the PDF lays out: paragraphs, headings, label/value rows and tables. */
class LetterBodyTest {

    @Test
    void paragraphsHeadingsFieldsAndTables() {
        String text = """
                Dengan hormat,

                Menindaklanjuti permohonan Saudara
                yang kami terima.
                Nomor Registrasi :: PI-5371-2026-000001
                Nama Pemohon :: Yosef Tefa
                # Alasan
                | No. | Informasi |
                | 1 | Rekap DPT |
                | 2 | Salinan SK | extra cell |

                Kosong ::
                """;
        assertEquals(List.of(
                new Paragraph("Dengan hormat,"),
                new Paragraph("Menindaklanjuti permohonan Saudara\nyang kami terima."),
                new Fields(List.of(new Field("Nomor Registrasi", "PI-5371-2026-000001"),
                        new Field("Nama Pemohon", "Yosef Tefa"))),
                new Heading("Alasan"),
                new Table(List.of("No.", "Informasi"), List.of(List.of("1", "Rekap DPT"), List.of("2", "Salinan SK"))),
                new Fields(List.of(new Field("Kosong", "")))), LetterBody.parse(text));
    }

    @Test
    void aTableWithoutRowsIsLeftOut() {
        assertEquals(List.of(new Paragraph("Lampiran:")), LetterBody.parse("Lampiran:\n\n| No. | Berkas |\n\n"));
        assertEquals(List.of(), LetterBody.parse(null));
    }
}
