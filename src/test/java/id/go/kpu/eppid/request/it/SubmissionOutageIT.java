package id.go.kpu.eppid.request.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.upload.FileStore;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.FaultSubmissions;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Attempt;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Check;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Outcome;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Sending;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.PortalProcess;
import id.go.kpu.eppid.testsupport.PublicRequestForm;
import id.go.kpu.eppid.testsupport.TcpProxy;
import id.go.kpu.eppid.testsupport.TestDatabase;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, faults: 500 public submissions from 32 clients at once while the database goes away in the middle (a TCP
 * proxy between the portal and the database is cut for a few seconds, then restored; the cut comes as the
 * database answers the commit of a submission it wrote, so the portal cannot know that one landed). Every
 * submission acknowledged with a registration number is in the database with its own ID scan, whose stored file has
 * the checksum of what was sent; every other one got a clear answer (503, "send it again", in Indonesian) and,
 * sent again with the same idempotency key once the database is back, is registered exactly once — also when its
 * first attempt had in fact been stored. Runs in the failsafe execution "faults", with a portal of its own whose database is behind the proxy.
 */
class SubmissionOutageIT {

    private static final int SUBMISSIONS = 500;
    private static final int CLIENTS = 32;
    private static final int CUT_AFTER = 150;

    private static TcpProxy database;
    private static PortalProcess portal;

    @BeforeAll
    static void startPortalBehindTheProxy() throws Exception {
        String url = System.getProperty("test.db.url");
        int dbPort = URI.create(url.substring("jdbc:".length())).getPort();
        database = TcpProxy.to(dbPort);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target/failsafe-reports/SubmissionOutageIT-portal-output.txt");
        Files.createDirectories(log.getParent());
        portal = new PortalProcess(Path.of("").toAbsolutePath(), Path.of("target").toAbsolutePath(), port, log, "-Xmx768m")
                .env("PORTAL_DB_URL", url.replace(":" + dbPort + "/", ":" + database.port() + "/"))
                .env("PORTAL_MAIL_HOST", ""); // mail stays queued: this test is about the submissions
        double took = portal.start();
        System.out.printf("[faults] portal up in %.0f s on port %d, database through the proxy on %d%n", took, port,
                database.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedSubmissionIsStoredWithItsFileAndEveryOtherCanBeSentAgain() throws Exception {
        PortalApi api = new PortalApi(portal.url());
        long office = api.officeId("5371");
        List<Attempt> attempts = FaultSubmissions.attempts("outage", SUBMISSIONS, 80_000L);

        Sending sending = FaultSubmissions.sendAll(api, office, attempts, CLIENTS);
        Thread outage = new Thread(() -> {
            try {
                sending.awaitAcknowledged(CUT_AFTER);
                // the database goes away just after writing a submission, before the portal hears it committed
                database.cutAtCommitOf("service_request");
                for (int waited = 0; !database.cutAtCommitDone() && waited < 10_000; waited += 5) {
                    Thread.sleep(5);
                }
                if (!database.cutAtCommitDone()) {
                    database.cut();
                }
                System.out.printf("[faults] database cut %s after %d acknowledgements%n",
                        database.cutAtCommitDone() ? "at the answer to a commit" : "(no commit came)",
                        sending.acknowledged());
                Thread.sleep(4_000);
                database.restore();
                System.out.println("[faults] database back");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        outage.start();
        Map<Integer, Outcome> first = sending.finish();
        outage.join(60_000);

        int firstAcknowledged = 0;
        int refused = 0;
        List<String> errors = new ArrayList<>();
        for (Attempt a : attempts) {
            Outcome o = first.get(a.index());
            if (o.number() != null) {
                firstAcknowledged++;
            } else if (o.status() == 503 && o.message() != null && o.message().contains("kirim ulang")) {
                refused++;
            } else {
                errors.add(a.index() + ": " + o);
            }
        }

        // the applicants send the refused ones again, with the same key, once the database is back
        int retried = 0;
        int alreadyStored = 0;
        Map<Integer, Outcome> last = new ConcurrentHashMap<>(first);
        for (Attempt a : attempts) {
            if (first.get(a.index()).number() != null) {
                continue;
            }
            retried++;
            Outcome again = FaultSubmissions.submit(api, office, a);
            for (int tries = 0; again.status() == 503 && tries < 20; tries++) {
                Thread.sleep(1_000); // the pool may still be reconnecting
                again = FaultSubmissions.submit(api, office, a);
            }
            if (again.number() == null) {
                errors.add(a.index() + " sent again: " + again);
            } else if (again.status() == 200) {
                alreadyStored++; // stored the first time, though the answer did not say so
            }
            last.put(a.index(), again);
        }

        Check check = FaultSubmissions.check(attempts, last,
                new FileStore(Path.of(System.getProperty("test.upload.dir")).resolve("files")));
        errors.addAll(check.errors());
        int lost = check.lost();
        int duplicates = check.duplicates();
        System.out.printf("[faults] submissions: tried %d, acknowledged %d, refused with \"send again\" %d, errors %d;"
                + " sent again %d, then acknowledged %d (%d had been stored the first time); lost %d, duplicates %d%n",
                SUBMISSIONS, firstAcknowledged, refused, errors.size(), retried, retried - (int) errors.stream()
                        .filter(e -> e.contains("sent again")).count(), alreadyStored, lost, duplicates);
        assertEquals(List.of(), errors, "no server error, nothing lost");
        assertTrue(refused > 0, "the outage really hit submissions under way (else this proves nothing)");
        assertTrue(alreadyStored > 0, "the cut came after the database wrote a submission, whose applicant was told "
                + "to send it again: found stored, with its file");
        assertEquals(SUBMISSIONS, firstAcknowledged + refused);
        assertEquals(0, lost);
        assertEquals(0, duplicates);
    }

    /**
     * The public form sent while the database is out of reach stays on its page with what was typed and the attached
     * scan, and says in Indonesian to send it again (503 for pages that cannot be read, as the API); sent again once
     * the database is back, it is registered once.
     */
    @Test
    void aFormSentWhileTheDatabaseIsOutKeepsWhatWasTypedAndRegistersOnceSentAgain() throws Exception {
        PortalApi api = new PortalApi(portal.url());
        long office = api.officeId("5371");
        String base = portal.url().toString().replaceAll("/$", "");
        try (Browser browser = new Browser(base, 360, 1600)) {
            PublicRequestForm.openInformation(browser, office, "Maria Ndoen Outage");
            PublicRequestForm.attachIdScan(browser, 7);
            browser.waitForText(css("req:idScanName"), "ktp.jpg");
            database.cut();
            try {
                PublicRequestForm.consentAndSubmit(browser);
                browser.waitForText(css("req:messages"), "kirim ulang");
                browser.waitForAnimations(); // the page scrolls up to the message
                browser.screenshot("outage-01-form-kept");
                assertTrue(browser.driver().getCurrentUrl().contains("request/form.xhtml"));
                assertEquals("Maria Ndoen Outage", browser.value(css("req:name")));
                assertEquals("Penelitian skripsi", browser.value(css("req:purpose")));
                assertEquals("ktp.jpg", browser.text(css("req:idScanName")));

                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/dip.xhtml")).header("Accept-Language", "id").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, page.statusCode(), page.body());
                assertTrue(page.body().contains("Layanan sedang terganggu"), page.body());
                assertEquals("10", page.headers().firstValue("Retry-After").orElse(""));
                HttpResponse<String> track = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/requests/track")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"PI-5371-2026-000001\",\"code\":"
                                + "\"ABCDEFGHJK\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, track.statusCode(), track.body());
                assertTrue(track.body().contains("kirim ulang"), track.body());
                // operators see why: the readiness check of the database is down
                assertEquals(Map.of("http", "503", "upload-storage", "UP", "database", "DOWN"),
                        api.readinessOnce("database", "DOWN"));
            } finally {
                database.restore();
            }
            for (int tries = 0; ; tries++) {
                Thread.sleep(1_000); // the page goes to the receipt, or the pool may still be reconnecting
                if (browser.driver().getCurrentUrl().contains("request/receipt.xhtml")) {
                    break;
                }
                assertTrue(tries < 20, "registered once the database is back");
                PublicRequestForm.submit(browser);
            }
            String number = browser.text("#registrationNumber");
            assertEquals(Map.of("http", "200", "upload-storage", "UP", "database", "UP"),
                    api.readinessOnce("database", "UP"), "ready again once the database is back");
            browser.screenshot("outage-02-receipt-after-sending-again");
            try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), TestDatabase.USER,
                    TestDatabase.PASSWORD); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM "
                            + "service_request r JOIN request_file f ON f.request_id = r.id WHERE r.subject = ? "
                            + "AND r.registration_number = ?")) {
                s.setString(1, "Salinan daftar pemilih tetap Pemilu 2024 Kelurahan Oebobo");
                s.setString(2, number);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertEquals(1, r.getInt(1), "one request, with its ID scan");
                }
            }
        }
    }
}
