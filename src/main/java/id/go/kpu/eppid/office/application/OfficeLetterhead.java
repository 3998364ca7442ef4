package id.go.kpu.eppid.office.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.pdf.Letterhead;
import java.util.Locale;

/** The letterhead of an office's documents: "KOMISI PEMILIHAN UMUM" over the region, then address and contacts. */
public final class OfficeLetterhead {

    private static final String BODY = "KOMISI PEMILIHAN UMUM ";

    private OfficeLetterhead() {
    }

    public static Letterhead of(Office office) {
        String name = office.getName().toUpperCase(Locale.ROOT);
        String heading = name.startsWith(BODY) ? BODY.trim() + "\n" + name.substring(BODY.length()) : name;
        return new Letterhead(heading, office.getAddress(), office.getEmail(), office.getWhatsapp());
    }
}
