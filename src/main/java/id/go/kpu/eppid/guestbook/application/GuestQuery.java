package id.go.kpu.eppid.guestbook.application;

import id.go.kpu.eppid.guestbook.domain.VisitPurpose;
import java.time.Instant;

/**
 * A search of the guest book: arrivals in [from, to) (either open), a purpose, and words matched against name,
 * institution, whom they visited, the purpose note and the card number.
 */
public record GuestQuery(Instant from, Instant to, VisitPurpose purpose, String text) {
}
