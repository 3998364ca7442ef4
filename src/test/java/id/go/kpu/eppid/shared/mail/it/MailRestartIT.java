package id.go.kpu.eppid.shared.mail.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.PortalProcess;
import id.go.kpu.eppid.testsupport.TestDatabase;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, faults: the portal is restarted (a graceful stop, as a service manager does it) while it is sending a
 * queue of 300 confirmation mails; after it is back, every one of them has arrived exactly once — none lost, none
 * sent twice. Runs in the failsafe execution "faults", with a portal of its own and its own SMTP server (GreenMail).
 */
class MailRestartIT {

    private static final int MAILS = 300;
    private static final int RESTART_AFTER = 40;

    private GreenMail smtp;
    private PortalProcess portal;

    @AfterEach
    void stop() throws Exception {
        if (portal != null) {
            portal.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRestartDuringQueuedMailLosesNoneAndSendsNoneTwice() throws Exception {
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path log = Path.of("target/failsafe-reports/MailRestartIT-portal-output.txt");
        Files.createDirectories(log.getParent());
        portal = new PortalProcess(Path.of("").toAbsolutePath(), Path.of("target").toAbsolutePath(), freePort(), log, "-Xmx768m")
                .env("PORTAL_MAIL_HOST", "127.0.0.1").env("PORTAL_MAIL_PORT", String.valueOf(smtpPort));
        // mail that earlier test classes left pending in the shared outbox (hundreds: the outage test queues 500 with
        // no mail server) would be sent first, oldest first: it waits a day, so that the queue under test is ours
        int setAside = TestDatabase.update("UPDATE mail_outbox SET next_attempt_at = UTC_TIMESTAMP() + INTERVAL 1 DAY "
                + "WHERE status = 'PENDING'");
        System.out.printf("[faults] mail: %d pending mails of earlier tests set aside%n", setAside);
        portal.start();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            recipients.add("restart-" + run + "-" + i + "@example.org");
        }
        submitAll(new PortalApi(portal.url()), recipients);

        long waitUntil = System.nanoTime() + 120_000_000_000L;
        while (received(recipients).values().stream().mapToInt(Integer::intValue).sum() < RESTART_AFTER) {
            assertTrue(System.nanoTime() < waitUntil, "the portal started sending within two minutes");
            Thread.sleep(10);
        }
        portal.stop();
        int beforeRestart = received(recipients).values().stream().mapToInt(Integer::intValue).sum();
        long sentBeforeRestart = sent(run);
        System.out.printf("[faults] mail: restarted after %d of %d arrived (%d marked sent)%n", beforeRestart, MAILS,
                sentBeforeRestart);
        portal.start();

        waitUntil = System.nanoTime() + 150_000_000_000L;
        while (sent(run) < queued(run).values().stream().mapToInt(Integer::intValue).sum()
                && System.nanoTime() < waitUntil) {
            Thread.sleep(500);
        }
        Map<String, Integer> got = received(recipients);
        Map<String, Integer> queued = queued(run);
        int lost = 0;
        int twice = 0;
        for (String r : recipients) {
            int n = got.getOrDefault(r, 0);
            int expected = queued.getOrDefault(r, 0);
            lost += Math.max(0, expected - n);
            twice += Math.max(0, n - expected);
        }
        System.out.printf("[faults] mail across a restart: queued %d, arrived %d before and %d after the restart, "
                + "lost %d, sent twice %d%n", MAILS, beforeRestart, got.values().stream().mapToInt(Integer::intValue)
                        .sum() - beforeRestart, lost, twice);
        assertTrue(beforeRestart < MAILS, "the restart came while mail was still queued");
        assertEquals(0, lost, "no mail lost");
        assertEquals(0, twice, "no mail sent twice");
        assertEquals(queued.values().stream().mapToInt(Integer::intValue).sum(), sent(run), "every mail marked sent");
        assertEquals(MAILS, queued.size(), "each applicant was sent a confirmation");
    }

    private static void submitAll(PortalApi api, List<String> recipients) throws Exception {
        long office = api.officeId("5371");
        byte[] scan = TestFiles.smallJpeg();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String email : recipients) {
            answers.add(clients.submit(() -> {
                MultipartBody body = new MultipartBody().field("officeId", String.valueOf(office));
                Map<String, String> fields = MultipartBody.validFields("INFORMATION");
                fields.put("email", email);
                fields.forEach(body::field);
                return api.submit(body.file("idScan", "ktp.jpg", "image/jpeg", scan), "id");
            }));
        }
        for (Future<HttpResponse<String>> a : answers) {
            assertEquals(201, a.get().statusCode(), a.get().body());
        }
        clients.shutdown();
    }

    /** Messages that arrived, per recipient of ours. */
    private Map<String, Integer> received(List<String> recipients) throws Exception {
        Map<String, Integer> count = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (Address a : m.getAllRecipients()) {
                count.merge(a.toString(), 1, Integer::sum);
            }
        }
        count.keySet().retainAll(recipients);
        return count;
    }

    /** Mails in the outbox per recipient of ours (a submission may queue more than one). */
    private static Map<String, Integer> queued(String run) throws Exception {
        Map<String, Integer> queued = new HashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("test.db.url"),
                TestDatabase.USER, TestDatabase.PASSWORD); java.sql.PreparedStatement s = c.prepareStatement(
                        "SELECT recipient, COUNT(*) FROM mail_outbox WHERE recipient LIKE ? GROUP BY recipient")) {
            s.setString(1, "restart-" + run + "-%");
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    queued.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return queued;
    }

    private static long sent(String run) throws Exception {
        return TestDatabase.number("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND recipient LIKE ?",
                "restart-" + run + "-%");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
