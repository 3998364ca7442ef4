package id.go.kpu.eppid.shared.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through a failure's cause chain (and the chained {@link SQLException#getNextException() next exceptions} of
 * a database error) for what the persistence layer wrapped: a deadlock ({@link TransactionRetry}), a lost connection
 * ({@link DatabaseUnavailable}).
 */
public final class Causes {

    private Causes() {
    }

    /** True when the failure or any of its causes matches; a cause chain with a loop is walked once. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t) || t instanceof SQLException sql && sql.getNextException() != null
                    && test.test(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
