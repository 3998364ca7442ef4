package id.go.kpu.eppid.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

    @Test
    void aClientIsRefusedOnceItsFailuresAreUsedUpAndOthersAreNot() {
        FailedAttempts attempts = new FailedAttempts(3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, attempts.waitFor("10.0.0.1"), "attempt " + (i + 1) + " is allowed");
            attempts.fail("10.0.0.1");
        }
        Duration wait = attempts.waitFor("10.0.0.1");
        assertTrue(wait.compareTo(Duration.ofMinutes(4)) > 0 && wait.compareTo(Duration.ofMinutes(5)) <= 0,
                "one attempt comes back after window / attempts: " + wait);
        assertEquals(Duration.ZERO, attempts.waitFor("10.0.0.2"), "another client is not affected");
        assertEquals(Duration.ZERO, attempts.waitFor(null), "a client without an address has its own count");
    }

    @Test
    void attemptsComeBackOverTheWindow() throws InterruptedException {
        FailedAttempts attempts = new FailedAttempts(2, Duration.ofMillis(200));
        attempts.fail("a");
        attempts.fail("a");
        assertTrue(attempts.waitFor("a").toMillis() > 0);
        Thread.sleep(150);
        assertEquals(Duration.ZERO, attempts.waitFor("a"), "one attempt back after 100 ms");
    }

    @Test
    void minutesInMessagesAreRoundedUp() {
        assertEquals(1, new TooManyAttemptsException(Duration.ofSeconds(5)).minutes());
        assertEquals(5, new TooManyAttemptsException(Duration.ofSeconds(241)).minutes());
        assertThrows(IllegalArgumentException.class, () -> new FailedAttempts(0, Duration.ofMinutes(1)));
    }
}
