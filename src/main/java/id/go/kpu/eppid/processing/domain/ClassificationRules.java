package id.go.kpu.eppid.processing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a classification must carry (REQ-6, LAW-2): withholding anything needs the Pasal 17 category, the consequence
 * test (uji konsekuensi: the harm if disclosed, and why withholding serves a greater public interest) and the legal
 * basis; a partial grant also says which parts are blacked out and why (penjelasan penghitaman). Returns the names of
 * the missing fields, so the form can mark each.
 */
public final class ClassificationRules {

    private ClassificationRules() {
    }

    /** The fields a classification still lacks; empty when it is complete. */
    public static List<String> missing(Classification classification, String categoryCode, String harm,
            String publicInterest, String legalBasis, String redaction) {
        List<String> missing = new ArrayList<>();
        if (classification == null) {
            missing.add("classification");
            return missing;
        }
        if (classification.withholds()) {
            if (blank(categoryCode)) {
                missing.add("category");
            }
            if (blank(harm)) {
                missing.add("harm");
            }
            if (blank(publicInterest)) {
                missing.add("publicInterest");
            }
            if (blank(legalBasis)) {
                missing.add("legalBasis");
            }
        }
        if (classification == Classification.PARTIALLY_EXCEPTED && blank(redaction)) {
            missing.add("redaction");
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
