package id.go.kpu.eppid.outgoing.application;

import id.go.kpu.eppid.office.domain.Office;
import java.util.Locale;

/**
 * The place written before a letter's date ("Kupang, 22 November 2026"): the town of the office's address (its last
 * part, without postcode and without "Kota"/"Kabupaten"), else the region in the office's name.
 */
public final class OfficePlace {

    private static final String BODY = "komisi pemilihan umum ";

    private OfficePlace() {
    }

    public static String of(Office office) {
        String address = office.getAddress() == null ? "" : office.getAddress().strip();
        String last = address.contains(",") ? address.substring(address.lastIndexOf(',') + 1) : "";
        String place = strip(last.replaceAll("\\d", ""));
        if (!place.isEmpty()) {
            return place;
        }
        String name = office.getName();
        if (name.toLowerCase(Locale.ROOT).startsWith(BODY)) {
            name = name.substring(BODY.length());
        }
        return strip(name);
    }

    private static String strip(String text) {
        String t = text.strip();
        for (String prefix : new String[] {"Kota ", "Kabupaten ", "Kab. ", "Provinsi "}) {
            if (t.startsWith(prefix)) {
                t = t.substring(prefix.length()).strip();
            }
        }
        return t;
    }
}
