package id.go.kpu.eppid.shared.persistence;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure came from the database being out of reach — connection refused or lost, no connection to be had
 * from the pool — rather than from a bug. Nothing of such a request was stored (its transaction rolled back), so the
 * client may be told to send it again; a submission sent again with the same idempotency key is never registered
 * twice (issue 8, faults).
 */
public final class DatabaseUnavailable {

    /** When a client may try again (the {@code Retry-After} of the 503 it gets). */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, DatabaseUnavailable::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SystemException) {
            // the transaction manager could not complete the commit with the database (Payara reports a lost
            // connection so, without the SQL cause): the outcome is unknown, and sent again with the same key a
            // submission is registered once (issue 8, faults)
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true; // SQL state class 08: connection exception
        }
        String type = t.getClass().getName();
        String message = t.getMessage();
        return type.endsWith(".CommunicationsException") || type.equals("jakarta.resource.ResourceException")
                || type.equals("jakarta.resource.spi.ResourceAllocationException")
                || message != null && message.contains("Error in allocating a connection");
    }
}
