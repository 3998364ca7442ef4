package id.go.kpu.eppid.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The database readiness check: no connection, DOWN fast and without details; its answer kept (issue 8, faults). */
class DatabaseReachableTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsDownWithinTheTimeLimitSayingNothingAboutIt() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket silent = new ServerSocket(0)) { // accepts, then never says a word (a hung database)
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = silent.accept();
                        connections.incrementAndGet();
                        s.setSoTimeout(0);
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            DatabaseReachable check = new DatabaseReachable("jdbc:mysql://127.0.0.1:" + silent.getLocalPort()
                    + "/eppid", "eppid", "secret");

            long start = System.nanoTime();
            HealthCheckResponse first = check.call();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(HealthCheckResponse.Status.DOWN, first.getStatus());
            assertEquals("database", first.getName());
            assertTrue(first.getData().isEmpty(), "no host, user or error text: " + first.getData());
            assertTrue(millis < DatabaseReachable.TIMEOUT_MILLIS + 1_500, "took " + millis + " ms");

            assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
            assertEquals(1, connections.get(), "the answer is kept: asked again at once, no second connection");
        }
    }

    @Test
    void noDatabaseListeningIsDown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DatabaseReachable check = new DatabaseReachable("jdbc:mysql://127.0.0.1:" + port + "/eppid", "eppid", "x");
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
    }
}
