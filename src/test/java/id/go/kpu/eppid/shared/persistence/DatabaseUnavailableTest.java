package id.go.kpu.eppid.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Issue 8, faults: an unreachable database is told apart from a bug, however deeply it is wrapped. */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAreRecognisedThroughTheLayers() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new RuntimeException(
                new SQLException("Communications link failure", "08S01")))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException(new ConnectException("Connection refused"))));
        SQLException chained = new SQLException("batch failed");
        chained.setNextException(new SQLException("connection lost", "08003"));
        assertTrue(DatabaseUnavailable.causedBy(chained));
        // the commit itself lost the connection (as Payara reports it: the XA error carries no cause)
        assertTrue(DatabaseUnavailable.causedBy(new TransactionalException("encountered exception during commit",
                new SystemException().initCause(new XAException("LocalTransactionException: Communications link "
                        + "failure")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax", "42000")));
        assertFalse(DatabaseUnavailable.causedBy(new TransactionalException("rolled back",
                new RollbackException("marked for rollback"))));
    }
}
