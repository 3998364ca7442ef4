package id.go.kpu.eppid.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedInAccountsTest {

    /** A directory over a map, counting its reads. */
    static final class Directory extends StaffDirectory {
        final Map<String, StaffAccount> accounts = new HashMap<>();
        int reads;

        @Override
        public Optional<StaffAccount> findByUsername(String username) {
            reads++;
            return Optional.ofNullable(accounts.get(username));
        }
    }

    /** A directory holding the Kupang PPID operator. */
    private static Directory withOperator() {
        Directory directory = new Directory();
        directory.accounts.put("ppid.kupang", account("ppid.kupang", Role.PPID_OPERATOR));
        return directory;
    }

    private static StaffAccount account(String username, Role role) {
        return new StaffAccount(username, "h", "Demo", null, null, EnumSet.of(role), Instant.EPOCH);
    }

    @Test
    void anAccountIsReadOnceWithinItsTime() {
        Directory directory = new Directory();
        StaffAccount officer = account("ppid.kupang", Role.PPID_OPERATOR);
        directory.accounts.put("ppid.kupang", officer);
        SignedInAccounts accounts = new SignedInAccounts(directory, 60);

        assertSame(officer, accounts.find("ppid.kupang").orElseThrow());
        assertSame(officer, accounts.find("ppid.kupang").orElseThrow());
        assertEquals(1, directory.reads);
    }

    @Test
    void aChangeInTheDatabaseIsSeenOnceTheTimeHasPassed() {
        Directory directory = withOperator();
        SignedInAccounts accounts = new SignedInAccounts(directory, 0);
        accounts.find("ppid.kupang");

        directory.accounts.put("ppid.kupang", account("ppid.kupang", Role.FRONT_OFFICE)); // roles changed by hand
        assertTrue(accounts.find("ppid.kupang").orElseThrow().hasRole(Role.FRONT_OFFICE));
        directory.accounts.remove("ppid.kupang"); // account removed
        assertTrue(accounts.find("ppid.kupang").isEmpty());
        assertEquals(3, directory.reads);
    }

    @Test
    void aLoginReadsTheAccountAgainAndTheSessionUsesThatRead() {
        Directory directory = withOperator();
        SignedInAccounts accounts = new SignedInAccounts(directory, 60);
        accounts.find("ppid.kupang");
        directory.accounts.put("ppid.kupang", account("ppid.kupang", Role.FRONT_OFFICE));

        StaffAccount signedIn = accounts.reload("ppid.kupang").orElseThrow();
        assertTrue(signedIn.hasRole(Role.FRONT_OFFICE));
        assertSame(signedIn, accounts.find("ppid.kupang").orElseThrow());
        assertEquals(2, directory.reads);
    }

    @Test
    void anAccountRemovedIsAskedForAgainOnlyOnceItsTimeHasPassed() {
        Directory directory = withOperator();
        SignedInAccounts accounts = new SignedInAccounts(directory, 60);
        accounts.find("ppid.kupang");
        directory.accounts.remove("ppid.kupang");
        accounts.reload("ppid.kupang"); // read now: gone

        // a session still open for it: every staff call asks, and none of them reaches the database again
        assertTrue(accounts.find("ppid.kupang").isEmpty());
        assertTrue(accounts.find("ppid.kupang").isEmpty());
        assertEquals(2, directory.reads);

        SignedInAccounts expired = new SignedInAccounts(directory, 0);
        expired.reload("ppid.kupang");
        directory.accounts.put("ppid.kupang", account("ppid.kupang", Role.PPID_OPERATOR)); // made again
        assertTrue(expired.find("ppid.kupang").isPresent());
    }
}
