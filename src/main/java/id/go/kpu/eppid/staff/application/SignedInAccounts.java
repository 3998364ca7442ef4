package id.go.kpu.eppid.staff.application;

import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts of signed-in staff, each read again after {@code portal.staff.accountSeconds} (default 10). Every staff
 * page and API call needs its caller's account with office and roles; reading them on every call was a tenth of a
 * worklist call's CPU (P2 of issue 8).
 *
 * <p>Safe to share: the portal never changes an account it hands out (a login records its outcome on its own copy,
 * and a successful login reads the account afresh here). A change made to an account in the database (roles, office,
 * deactivation, removal) reaches sessions already signed in within that time. One entry per account that signed in.
 */
@ApplicationScoped
public class SignedInAccounts {

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private StaffDirectory directory;

    @Inject
    @ConfigProperty(name = "portal.staff.accountSeconds", defaultValue = "10")
    private int seconds;

    /** An account as read at {@code readAt}; {@code account} null when there was none by that name (removed). */
    private record Entry(StaffAccount account, long readAt) {
    }

    public SignedInAccounts() {
    }

    /** Outside the container (unit tests). */
    SignedInAccounts(StaffDirectory directory, int seconds) {
        this.directory = directory;
        this.seconds = seconds;
    }

    /** The account, as read at most {@code portal.staff.accountSeconds} ago. */
    public Optional<StaffAccount> find(String username) {
        Entry entry = entries.get(username);
        if (entry != null && System.nanoTime() - entry.readAt() < TimeUnit.SECONDS.toNanos(seconds)) {
            return Optional.ofNullable(entry.account());
        }
        return reload(username);
    }

    /** The account read now, and kept for the next {@link #find} calls (a successful login). */
    public Optional<StaffAccount> reload(String username) {
        long now = System.nanoTime();
        Optional<StaffAccount> account = directory.findByUsername(username);
        // an account gone is remembered as gone for the same time: a session still open for it asks on every call
        entries.put(username, new Entry(account.orElse(null), now));
        return account;
    }
}
