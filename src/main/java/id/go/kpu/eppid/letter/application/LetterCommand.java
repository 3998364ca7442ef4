package id.go.kpu.eppid.letter.application;

import id.go.kpu.eppid.letter.domain.LetterChannel;
import id.go.kpu.eppid.letter.domain.LetterType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An incoming letter as the intake officer types it (REQ-1, REQ-4, CON-1); {@link LetterIntake} validates it.
 *
 * @param receivedAt when the office received it, in the office's local time (null = now)
 */
public record LetterCommand(String letterNumber, LocalDate letterDate, String sender, String senderContact,
        String subject, String addressedTo, LocalDateTime receivedAt, LetterChannel channel, LetterType type) {
}
