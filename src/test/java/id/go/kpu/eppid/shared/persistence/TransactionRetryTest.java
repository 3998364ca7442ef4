package id.go.kpu.eppid.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionRetryTest {

    private final TransactionRetry retry = new TransactionRetry();

    @Test
    void triesAgainAfterADeadlock() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterFourAttemptsAndPassesOtherFailuresAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException deadlock = new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205));
        assertSame(deadlock, assertThrows(RuntimeException.class, () -> retry.run(() -> {
            calls.incrementAndGet();
            throw deadlock;
        })));
        assertEquals(TransactionRetry.ATTEMPTS, calls.get());

        calls.set(0);
        assertThrows(IllegalArgumentException.class, () -> retry.run(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("invalid");
        }));
        assertEquals(1, calls.get());
        assertTrue(TransactionRetry.isTransient(new RuntimeException(new SQLException("x", "40001"))));
        assertFalse(TransactionRetry.isTransient(new RuntimeException(new SQLException("dup", "23000", 1062))));
    }
}
