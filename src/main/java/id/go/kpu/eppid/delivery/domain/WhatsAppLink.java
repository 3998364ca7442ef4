package id.go.kpu.eppid.delivery.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A WhatsApp click-to-chat link ({@code https://wa.me/<number>?text=<message>}): the officer opens it, checks the
 * prepared message and sends it from the office's WhatsApp. The number is the E.164 number without "+".
 */
public final class WhatsAppLink {

    private WhatsAppLink() {
    }

    /** The link for an E.164 number (e.g. {@code +6281234567890}) and a message. */
    public static String of(String e164, String message) {
        String digits = e164 == null ? "" : e164.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("no phone number");
        }
        return "https://wa.me/" + digits + "?text=" + URLEncoder.encode(message, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
