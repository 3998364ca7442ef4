package id.go.kpu.eppid.staff.application;

import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks staff passwords with the container's PBKDF2 hash and keeps the lock-out state: after
 * {@code portal.login.maxFailures} failed logins in a row the account is locked for {@code portal.login.lockMinutes}.
 */
@ApplicationScoped
public class StaffLogin {

    /** Parameters of the container's PBKDF2 hash (OWASP: PBKDF2-HMAC-SHA512, 210,000 iterations). */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** Outcome of a password check. */
    public enum Outcome { SUCCESS, INVALID, LOCKED }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "portal.login.maxFailures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.lockMinutes", defaultValue = "15")
    private int lockMinutes;

    private final Clock clock = Clock.systemUTC();
    private String dummyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(HASH_PARAMETERS);
        dummyHash = passwordHash.generate("not-a-password".toCharArray());
    }

    /** Hashes a new password with the container's PBKDF2 mechanism. */
    public String hash(char[] password) {
        return passwordHash.generate(password);
    }

    /** Checks a username and password, updating the failure count and lock-out in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome check(String username, char[] password) {
        Optional<StaffAccount> found = em.createQuery(
                        "select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isActive()) {
            passwordHash.verify(password, dummyHash); // same cost whether or not the account exists
            return Outcome.INVALID;
        }
        StaffAccount account = found.get();
        if (account.isLocked(clock.instant())) {
            return Outcome.LOCKED;
        }
        if (!passwordHash.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(clock.instant(), maxFailures, Duration.ofMinutes(lockMinutes));
            return account.isLocked(clock.instant()) ? Outcome.LOCKED : Outcome.INVALID;
        }
        account.recordSuccessfulLogin(clock.instant());
        return Outcome.SUCCESS;
    }

    /** True while the named account is locked out (for the login page's message). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLocked(String username) {
        return em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst()
                .map(a -> a.isLocked(clock.instant()))
                .orElse(false);
    }
}
