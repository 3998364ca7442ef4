package id.go.kpu.eppid.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Objects;

/**
 * Counts failed guesses per client (ASVS V11.1 anti-automation): each client may fail {@code attempts} times, and
 * regains one attempt every {@code window / attempts}; once none is left it is refused until one comes back. A
 * token bucket per client (Bucket4j), kept in a bounded cache that forgets clients idle for a window (Caffeine), so
 * a flood of addresses cannot fill the memory. Thread-safe.
 */
public final class FailedAttempts {

    private static final long MAX_CLIENTS = 200_000;

    private final int attempts;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    /**
     * @param attempts how many failures a client may have in a row
     * @param window   how long until a client has all its attempts back
     */
    public FailedAttempts(int attempts, Duration window) {
        if (attempts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("attempts and window must be positive");
        }
        this.attempts = attempts;
        this.window = window;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(window).build();
    }

    /** @return how long {@code client} must wait before it may try again; zero when it may now */
    public Duration waitFor(String client) {
        Bucket bucket = buckets.getIfPresent(key(client));
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Records a failed attempt of {@code client}. */
    public void fail(String client) {
        buckets.get(key(client), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window))
                .build()).tryConsume(1);
    }

    private static String key(String client) {
        return Objects.requireNonNullElse(client, "");
    }
}
