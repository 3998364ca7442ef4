package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the officer notes when a party consults (HD-6): the channel, the party (from the list, or typed for a
 * party-to-be), its representative with phone and e-mail, the topic and the problem as heard; for a face-to-face
 * consultation the guest-book visit and queue ticket it comes from; for a question from the messaging group or the
 * mailbox, when it was asked (office time; null: now).
 */
public record OpenCommand(HelpdeskChannel channel, Long partyId, String partyOther, String representative,
        String phone, String email, ConsultationTopic topic, String problem, Long guestEntryId, Long ticketId,
        LocalDateTime askedAt) implements Serializable {
}
