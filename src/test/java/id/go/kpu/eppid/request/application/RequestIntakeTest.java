package id.go.kpu.eppid.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.persistence.TransactionRetry;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The same form sent twice at once: the copy that loses the unique submission key is run again (issue 8, P1). */
class RequestIntakeTest {

    private static PersistenceException duplicate(String key) {
        return new PersistenceException(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'abc' for key '" + key + "'", "23000", RequestIntake.DUPLICATE_KEY));
    }

    @Test
    void aSubmissionKeyTakenMeanwhileIsRunAgainOtherDuplicatesAreNot() {
        assertTrue(RequestIntake.isSubmittedMeanwhile(duplicate("uq_request_submission")));
        assertTrue(RequestIntake.isSubmittedMeanwhile(duplicate("service_request.uq_request_submission")), "MySQL 8");
        assertFalse(RequestIntake.isSubmittedMeanwhile(duplicate("uq_request_number")));
        assertFalse(RequestIntake.isSubmittedMeanwhile(new PersistenceException("other")));
    }

    @Test
    void theRetryRunsTheWorkAgainOnlyForTheSubmissionKey() {
        TransactionRetry retry = new TransactionRetry();
        AtomicInteger calls = new AtomicInteger();
        String result = retry.run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw duplicate("uq_request_submission");
            }
            return "found the first copy";
        }, RequestIntake::isSubmittedMeanwhile);
        assertEquals("found the first copy", result);
        assertEquals(2, calls.get());

        PersistenceException number = duplicate("uq_request_number");
        calls.set(0);
        assertSame(number, assertThrows(PersistenceException.class, () -> retry.run(() -> {
            calls.incrementAndGet();
            throw number;
        }, RequestIntake::isSubmittedMeanwhile)));
        assertEquals(1, calls.get());
    }
}
