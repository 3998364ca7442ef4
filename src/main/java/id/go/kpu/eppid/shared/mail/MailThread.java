package id.go.kpu.eppid.shared.mail;

import java.util.UUID;

/**
 * The sender and thread headers of a mail in a conversation (RFC 5322 §3.6.4): its own Message-ID, the message it
 * answers, and the chain of earlier Message-IDs. Any part may be null.
 *
 * @param from       the sender's address (e.g. an office's helpdesk mailbox), or null for the portal's address
 * @param messageId  this mail's Message-ID with angle brackets, chosen before sending so the reply can be matched
 * @param inReplyTo  the Message-ID this mail answers
 * @param references the Message-IDs of the thread, oldest first, separated by spaces
 */
public record MailThread(String from, String messageId, String inReplyTo, String references) {

    /** A new unique Message-ID in the domain of {@code address} (or {@code localhost}). */
    public static String newMessageId(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        String domain = at < 0 ? "localhost" : address.substring(at + 1);
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** The References of a reply to a message with {@code references} and {@code messageId} (RFC 5322 §3.6.4). */
    public static String referencesOfReply(String references, String messageId) {
        String chain = ((references == null ? "" : references.strip()) + " " + (messageId == null ? "" : messageId))
                .strip();
        // keep the first and the latest ids when the chain grows too long for the column
        while (chain.length() > 1900 && chain.indexOf(' ') > 0) {
            int second = chain.indexOf(' ', chain.indexOf(' ') + 1);
            if (second < 0) {
                break;
            }
            chain = chain.substring(0, chain.indexOf(' ')) + chain.substring(second);
        }
        return chain.isEmpty() ? null : chain;
    }
}
