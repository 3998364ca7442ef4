package id.go.kpu.eppid.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a unit of work that starts its own transaction again when the database rolled it back for a deadlock or a
 * lock-wait timeout (SQLSTATE class 40, MySQL errors 1205/1213), or for a failure the caller names. Any other failure
 * passes through at once.
 */
@ApplicationScoped
public class TransactionRetry {

    static final int ATTEMPTS = 4;

    public <T> T run(Supplier<T> work) {
        return run(work, e -> false);
    }

    /**
     * {@link #run(Supplier) Runs} the work, and runs it again also after a failure {@code alsoAgain} accepts (e.g. a
     * unique key that a concurrent transaction had just taken, which the next attempt finds).
     */
    public <T> T run(Supplier<T> work, Predicate<Throwable> alsoAgain) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isTransient(e) && !alsoAgain.test(e)) {
                    throw e;
                }
                last = e;
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    /** True when the cause chain holds a deadlock or lock-wait timeout. */
    public static boolean isTransient(Throwable e) {
        return Causes.any(e, t -> t instanceof SQLException sql && (sql.getSQLState() != null
                && sql.getSQLState().startsWith("40") || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213));
    }
}
