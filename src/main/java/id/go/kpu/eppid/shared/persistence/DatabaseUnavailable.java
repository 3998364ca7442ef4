package id.go.kpu.eppid.shared.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure came from the database being out of reach — connection refused or lost, no connection to be had
 * from the pool — rather than from a bug. Nothing of such a request was stored (its transaction rolled back), so the
 * client may be told to send it again; a submission sent again with the same idempotency key is never registered
 * twice (issue 8, faults).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && isConnectionFailure(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
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
