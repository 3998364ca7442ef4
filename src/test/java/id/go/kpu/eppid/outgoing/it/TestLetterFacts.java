package id.go.kpu.eppid.outgoing.it;

import id.go.kpu.eppid.outgoing.application.LetterFacts;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test-only facts provider (in the test deployments only): every letter type is offered on a request whose subject
 * starts with {@link #SUBJECT}, with a refusal item, a data file, a body that holds the information and extension dates
 * — standing in for the processing and consultation features' providers. Other requests are left to the real providers,
 * since the test classes share one server.
 */
@ApplicationScoped
public class TestLetterFacts implements LetterFacts {

    /** The subject that marks a request of the outgoing-letter tests. */
    public static final String SUBJECT = "Uji surat keluar: DPT Kota Kupang per kelurahan";

    @Override
    public Set<OutgoingLetterType> applicable(ServiceRequest request) {
        return request.getSubject() != null && request.getSubject().startsWith(SUBJECT)
                ? EnumSet.allOf(OutgoingLetterType.class) : EnumSet.noneOf(OutgoingLetterType.class);
    }

    @Override
    public Map<String, Object> facts(ServiceRequest request, OutgoingLetterType type, Locale locale) {
        return Map.of(
                "items", List.of(Map.of("description", "DPT dengan NIK lengkap", "classification", "Dikecualikan",
                        "category", "Pasal 17 huruf h", "categoryText", "Mengungkap rahasia pribadi.",
                        "harm", "Data pribadi pemilih dapat disalahgunakan.",
                        "publicInterest", "Perlindungan data pribadi lebih besar manfaatnya.",
                        "legalBasis", "UU 14/2008 Pasal 17 huruf h", "redaction", "Kolom NIK")),
                "dataFiles", List.of(Map.of("name", "rekap-dpt.pdf"), Map.of("name", "sk-dpt.pdf")),
                "holderBody", "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
                "extensionReason", "Data dihimpun dari beberapa divisi.", "extensionDays", "7",
                "previousDueDate", "Senin, 16 November 2026", "newDueDate", "Rabu, 25 November 2026");
    }
}
