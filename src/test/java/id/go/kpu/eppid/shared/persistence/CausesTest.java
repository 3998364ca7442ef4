package id.go.kpu.eppid.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CausesTest {

    private static boolean deadlock(Throwable t) {
        return t instanceof SQLException sql && sql.getErrorCode() == 1213;
    }

    @Test
    void findsACauseDeepInTheChainOrChainedAsTheNextException() {
        SQLException deadlock = new SQLException("Deadlock found", "40001", 1213);
        assertTrue(Causes.any(new IllegalStateException(new RuntimeException(deadlock)), CausesTest::deadlock));

        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(deadlock);
        assertTrue(Causes.any(new RuntimeException(batch), CausesTest::deadlock), "a batch's next exception");

        assertFalse(Causes.any(new RuntimeException(new SQLException("syntax", "42000", 1064)),
                CausesTest::deadlock));
        assertFalse(Causes.any(null, CausesTest::deadlock));
    }

    @Test
    void aCauseChainWithALoopIsWalkedOnce() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Causes.any(a, CausesTest::deadlock), "ends instead of looping forever");
    }
}
