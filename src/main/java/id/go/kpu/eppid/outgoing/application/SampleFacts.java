package id.go.kpu.eppid.outgoing.application;

import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clearly made-up facts for previewing a template (every name says "CONTOH / SAMPLE"), with every key that
 * {@link LetterFacts} and the common facts of {@link OutgoingLetters} define, so an administrator sees each field.
 */
public final class SampleFacts {

    private SampleFacts() {
    }

    /** The sample facts for a letter of {@code type}; the office's own facts are added by the caller. */
    public static Map<String, Object> of(OutgoingLetterType type, Locale locale) {
        boolean id = !"en".equals(locale.getLanguage());
        Map<String, Object> f = new HashMap<>();
        f.put(OutgoingLetters.REGISTRATION_NUMBER, "PI-0000-2026-000000 (CONTOH)");
        f.put(OutgoingLetters.APPLICANT_NAME, id ? "Pemohon Contoh (CONTOH)" : "Sample Applicant (SAMPLE)");
        f.put(OutgoingLetters.APPLICANT_ADDRESS, id ? "Jl. Contoh No. 1, Kota Contoh" : "1 Sample Street, Sample Town");
        f.put(OutgoingLetters.APPLICANT_EMAIL, "pemohon.contoh@example.org");
        f.put(OutgoingLetters.RECEIVED_DATE, id ? "Senin, 2 November 2026" : "Monday, 2 November 2026");
        f.put(OutgoingLetters.DUE_DATE, id ? "Senin, 16 November 2026" : "Monday, 16 November 2026");
        f.put(OutgoingLetters.SUBJECT, id ? "Salinan rekapitulasi hasil penghitungan suara (CONTOH)"
                : "Copy of the vote-count recapitulation (SAMPLE)");
        f.put(OutgoingLetters.PURPOSE, id ? "Penelitian skripsi (CONTOH)" : "Undergraduate research (SAMPLE)");
        f.put(OutgoingLetters.SIGNER_NAME, id ? "Pejabat Contoh, S.H." : "Sample Official");
        f.put(OutgoingLetters.SIGNER_POSITION, id ? "Sekretaris" : "Secretary");
        Map<String, String> item = Map.of(
                "description", id ? "Daftar pemilih tetap dengan NIK lengkap (CONTOH)"
                        : "Final voter list with full NIK numbers (SAMPLE)",
                "classification", id ? "Dikecualikan" : "Excepted",
                "category", id ? "Pasal 17 huruf h" : "Article 17 letter h",
                "categoryText", id ? "Informasi yang apabila dibuka dapat mengungkap rahasia pribadi (CONTOH)."
                        : "Information that, if disclosed, could reveal personal secrets (SAMPLE).",
                "harm", id ? "Data pribadi pemilih dapat disalahgunakan (CONTOH)."
                        : "Voters' personal data could be misused (SAMPLE).",
                "publicInterest", id ? "Perlindungan data pribadi lebih besar manfaatnya (CONTOH)."
                        : "Protecting personal data serves the greater interest (SAMPLE).",
                "legalBasis", id ? "UU 14/2008 Pasal 17 huruf h; UU 27/2022 (CONTOH)"
                        : "Law 14/2008 Art. 17(h); Law 27/2022 (SAMPLE)",
                "redaction", id ? "Kolom NIK dan tanggal lahir (CONTOH)" : "NIK and date-of-birth columns (SAMPLE)");
        f.put("items", List.of(item));
        f.put("dataFiles", List.of(Map.of("name", id ? "rekap-contoh.pdf" : "sample-recap.pdf")));
        f.put("notes", id ? "Catatan contoh." : "Sample note.");
        f.put("objectionDeadline", id ? "Senin, 14 Desember 2026" : "Monday, 14 December 2026");
        f.put("holderBody", id ? "Badan Pusat Statistik (CONTOH)" : "Statistics Indonesia (SAMPLE)");
        f.put("extensionReason", id ? "Data perlu dihimpun dari beberapa divisi (CONTOH)."
                : "The data must be collected from several divisions (SAMPLE).");
        f.put("extensionDays", "7");
        f.put("previousDueDate", id ? "Senin, 16 November 2026" : "Monday, 16 November 2026");
        f.put("newDueDate", id ? "Rabu, 25 November 2026" : "Wednesday, 25 November 2026");
        f.put("consultationDate", id ? "Selasa, 3 November 2026" : "Tuesday, 3 November 2026");
        f.put("consultedWith", id ? "Anggota Contoh, Divisi Teknis" : "Sample Commissioner, Technical Division");
        f.put("result", id ? "Jawaban contoh atas pertanyaan pemohon.\n\nParagraf kedua jawaban contoh."
                : "Sample answer to the applicant's question.\n\nSecond paragraph of the sample answer.");
        f.put("objectionNumber", "KB-0000-2026-0001 (CONTOH)");
        f.put("objectionDate", id ? "Selasa, 17 November 2026" : "Tuesday, 17 November 2026");
        f.put("grounds", List.of(Map.of("letter", "a", "text", id
                ? "Penolakan atas permintaan informasi berdasarkan alasan pengecualian (CONTOH)"
                : "Refusal of the request on the grounds of an exception (SAMPLE)")));
        f.put("decision", id ? "Memerintahkan PPID memberikan informasi (CONTOH)"
                : "The PPID is ordered to give the information (SAMPLE)");
        f.put("decisionReason", id ? "Pertimbangan contoh atasan PPID." : "The superior's sample reasons.");
        f.put("disclosureOrdered", "true");
        f.put("commissionDeadline", id ? "Senin, 21 Desember 2026" : "Monday, 21 December 2026");
        return f;
    }
}
