package id.go.kpu.eppid.letter.application;

import id.go.kpu.eppid.letter.domain.LetterChannel;
import id.go.kpu.eppid.letter.domain.LetterType;
import java.time.Instant;

/** A search of the incoming-letter register: received in [from, to), channel, type, words. */
public record LetterQuery(Instant from, Instant to, LetterChannel channel, LetterType type, String text) {
}
