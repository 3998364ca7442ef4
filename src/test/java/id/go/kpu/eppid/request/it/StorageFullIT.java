package id.go.kpu.eppid.request.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.PortalProcess;
import id.go.kpu.eppid.testsupport.PublicRequestForm;
import id.go.kpu.eppid.testsupport.TestDatabase;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
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
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, faults: the upload folder's disk is full. A portal of its own keeps more free space than any disk has
 * ({@code portal.upload.minFreeMb}), so every file is refused before a byte is written, as on a full disk. Every
 * submission gets a clear answer — 503 with {@code Retry-After}, "send again" in Indonesian, never the generic error —
 * nothing is stored or left in the upload folder, the public form keeps what was typed, and the readiness check says
 * why. Once the space is there again (the portal restarted with the default), every refused submission sent again
 * with its idempotency key is registered exactly once. Runs in the failsafe execution "faults".
 */
class StorageFullIT {

    private static final int SUBMISSIONS = 20;
    /** More than any disk: every upload is refused as on a full one. */
    private static final String NO_DISK_HAS_THIS_MUCH_MB = "1000000000000";

    private PortalProcess portal;
    private final Path uploads = Path.of("target/it-data/storage-full-uploads").toAbsolutePath();
    private final Path log = Path.of("target/failsafe-reports/StorageFullIT-portal-output.txt");

    @AfterEach
    void stop() throws Exception {
        if (portal != null) {
            portal.stop();
        }
    }

    @Test
    void aFullDiskRefusesEveryUploadWithSendAgainStoresNothingAndTheSameSubmissionsRegisterOnceLater()
            throws Exception {
        Files.createDirectories(log.getParent());
        int port = freePort();
        start(port, NO_DISK_HAS_THIS_MUCH_MB);
        PortalApi api = new PortalApi(portal.url());
        long office = api.officeId("5371");

        assertEquals(Map.of("http", "503", "upload-storage", "DOWN", "database", "UP"), api.readiness(),
                "not ready, because of the disk alone");

        List<String> keys = new ArrayList<>();
        int refused = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String key = "disk-full-" + UUID.randomUUID();
            keys.add(key);
            HttpResponse<String> r = api.submit(MultipartBody.validRequest(office, "INFORMATION",
                    TestFiles.jpeg(300, 200, 90_000L + i)).field("submissionKey", key), "id");
            JsonObject body = r.body().startsWith("{") ? PortalApi.json(r) : null;
            if (r.statusCode() == 503 && body != null && "UNAVAILABLE".equals(body.getString("code", null))
                    && body.getString("message", "").contains("kirim ulang")
                    && "60".equals(r.headers().firstValue("Retry-After").orElse(""))) {
                refused++;
            } else {
                errors.add(i + ": " + r.statusCode() + " " + r.body());
            }
        }
        int stored = registered(keys);
        long filesLeft = filesUnder(uploads);

        try (Browser browser = new Browser(portal.url().toString(), 360, 1600)) {
            PublicRequestForm.openInformation(browser, office, "Yohanes Disk Penuh");
            PublicRequestForm.attachIdScan(browser, 8);
            browser.waitForText(css("req:messages"), "tidak dapat menyimpan berkas");
            browser.waitForAnimations();
            browser.screenshot("storage-full-01-upload-refused-form-kept");
            assertEquals("Yohanes Disk Penuh", browser.value(css("req:name")));
            assertEquals("Penelitian skripsi", browser.value(css("req:purpose")));
            assertTrue(browser.driver().getCurrentUrl().contains("request/form.xhtml"));
        }
        assertEquals(0, filesUnder(uploads), "the refused upload left no file");

        // space again: the same submissions, sent again with their keys, are registered once each
        portal.stop();
        start(port, null);
        assertEquals(Map.of("http", "200", "upload-storage", "UP", "database", "UP"), api.readiness());
        int sentAgain = 0;
        for (int i = 0; i < SUBMISSIONS; i++) {
            HttpResponse<String> r = api.submit(MultipartBody.validRequest(office, "INFORMATION",
                    TestFiles.jpeg(300, 200, 90_000L + i)).field("submissionKey", keys.get(i)), "id");
            if (r.statusCode() == 201) {
                sentAgain++;
            } else {
                errors.add(i + " sent again: " + r.statusCode() + " " + r.body());
            }
        }
        int registeredOnce = registered(keys);
        System.out.printf("[faults] disk full: tried %d, refused with \"send again\" %d, errors %d, stored while full"
                + " %d, files left %d; sent again %d, registered %d (once each)%n", SUBMISSIONS, refused,
                errors.size(), stored, filesLeft, sentAgain, registeredOnce);
        assertEquals(List.of(), errors);
        assertEquals(SUBMISSIONS, refused);
        assertEquals(0, stored, "nothing registered while the disk was full");
        assertEquals(0, filesLeft, "no file written while the disk was full");
        assertEquals(SUBMISSIONS, registeredOnce, "each refused submission registered exactly once when sent again");
    }

    /** Starts the portal; {@code minFreeMb} null: the default and the run's upload folder. */
    private void start(int port, String minFreeMb) throws Exception {
        portal = new PortalProcess(Path.of("").toAbsolutePath(), Path.of("target").toAbsolutePath(), port, log,
                "-Xmx512m")
                .env("PORTAL_MAIL_HOST", "")
                .env("PORTAL_HELPDESK_MAILBOXES", "");
        if (minFreeMb != null) {
            // a folder of its own, to show nothing is written; afterwards the run's, which the backup test covers
            portal.env("PORTAL_UPLOAD_DIR", uploads.toString()).env("PORTAL_UPLOAD_MINFREEMB", minFreeMb);
        }
        double took = portal.start();
        System.out.printf("[faults] portal up in %.0f s on port %d, keeping %s MB free%n", took, port,
                minFreeMb == null ? "the default" : minFreeMb);
    }

    /** How many requests carry these submission keys (each key at most once: the database's unique key). */
    private static int registered(List<String> keys) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), TestDatabase.USER,
                TestDatabase.PASSWORD); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM service_request "
                        + "r JOIN request_file f ON f.request_id = r.id AND f.file_kind = 'ID_SCAN' "
                        + "WHERE r.submission_key = ?")) {
            int n = 0;
            for (String key : keys) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    n += r.getInt(1);
                }
            }
            return n;
        }
    }

    /** The files under {@code dir}: uploads, kept files and the temp files of writes under way. */
    private static long filesUnder(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            // not the mark each run of the portal keeps in its folder of kept files (RunMark), which is no upload
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".running"))
                    .count();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
