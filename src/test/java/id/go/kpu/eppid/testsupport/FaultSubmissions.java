package id.go.kpu.eppid.testsupport;

import id.go.kpu.eppid.shared.upload.FileStore;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Public submissions for the fault tests of issue 8 (an outage, a crash): each with its own ID scan and idempotency
 * key, sent through the API, and the check that every acknowledged one is in the database once, with its ID scan
 * stored under the checksum of what was sent.
 */
public final class FaultSubmissions {

    private FaultSubmissions() {
    }

    /** One submission: its idempotency key and its own scan (so each its own checksum). */
    public record Attempt(int index, String key, byte[] scan, String sha256) {
    }

    /** What the portal answered; status -1 when no answer came (the message says why). */
    public record Outcome(int status, String number, String code, String message) {

        /** Whether it was acknowledged with a registration number. */
        public boolean acknowledged() {
            return number != null;
        }
    }

    /** What {@link #check} found: lost (acknowledged but not stored as sent), duplicated keys, and each problem. */
    public record Check(int lost, int duplicates, List<String> errors) {
    }

    /** {@code n} submissions whose keys start with {@code prefix}; {@code seed} makes their scans. */
    public static List<Attempt> attempts(String prefix, int n, long seed) throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] scan = TestFiles.jpeg(120, 80, seed + i);
            attempts.add(new Attempt(i, prefix + "-" + UUID.randomUUID(), scan, sha256(scan)));
        }
        return attempts;
    }

    /** Submissions under way from many clients at once, with their outcomes as they come. */
    public static final class Sending {
        private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final ExecutorService clients;
        private final List<Future<?>> running = new ArrayList<>();

        private Sending(PortalApi api, long office, List<Attempt> attempts, int clients) {
            this.clients = Executors.newFixedThreadPool(clients);
            for (Attempt a : attempts) {
                running.add(this.clients.submit(() -> {
                    Outcome o = submit(api, office, a);
                    outcomes.put(a.index(), o);
                    if (o.acknowledged()) {
                        acknowledged.incrementAndGet();
                    }
                    return null;
                }));
            }
        }

        /** How many were acknowledged so far. */
        public int acknowledged() {
            return acknowledged.get();
        }

        /** Waits until {@code n} were acknowledged. */
        public void awaitAcknowledged(int n) throws InterruptedException {
            while (acknowledged.get() < n) {
                Thread.sleep(5);
            }
        }

        /** Waits for every answer; the outcomes by attempt index. */
        public Map<Integer, Outcome> finish() throws Exception {
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            return outcomes;
        }
    }

    /** Starts sending {@code attempts} to {@code office} from {@code clients} clients at once. */
    public static Sending sendAll(PortalApi api, long office, List<Attempt> attempts, int clients) {
        return new Sending(api, office, attempts, clients);
    }

    /** Sends one as an information request to {@code office}, in Indonesian; never throws. */
    public static Outcome submit(PortalApi api, long office, Attempt a) {
        try {
            HttpResponse<String> r = api.submit(MultipartBody.validRequest(office, "INFORMATION", a.scan())
                    .field("submissionKey", a.key()), "id");
            JsonObject body = r.body().startsWith("{") ? PortalApi.json(r) : null;
            if ((r.statusCode() == 201 || r.statusCode() == 200) && body != null) {
                return new Outcome(r.statusCode(), body.getString("registrationNumber"),
                        body.getString("trackingCode", null), null);
            }
            return new Outcome(r.statusCode(), null, null, body != null && body.containsKey("message")
                    ? body.getString("message") : r.body());
        } catch (Exception e) {
            return new Outcome(-1, null, null, e.toString());
        }
    }

    /**
     * Each attempt whose last outcome is acknowledged must be in the database exactly once, under that number, with
     * its ID scan in {@code files} under the checksum of what was sent.
     */
    public static Check check(List<Attempt> attempts, Map<Integer, Outcome> last, FileStore files) throws Exception {
        int lost = 0;
        int duplicates = 0;
        List<String> errors = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), TestDatabase.USER,
                TestDatabase.PASSWORD); PreparedStatement s = c.prepareStatement("SELECT r.registration_number, "
                        + "f.stored_name, f.sha256, (SELECT COUNT(*) FROM service_request x WHERE x.submission_key = "
                        + "r.submission_key) FROM service_request r JOIN request_file f ON f.request_id = r.id "
                        + "AND f.file_kind = 'ID_SCAN' WHERE r.submission_key = ?")) {
            for (Attempt a : attempts) {
                Outcome o = last.get(a.index());
                if (o == null || !o.acknowledged()) {
                    continue;
                }
                s.setString(1, a.key());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        lost++;
                        errors.add(a.index() + ": acknowledged as " + o.number() + " but not in the database");
                        continue;
                    }
                    String problem = !r.getString(1).equals(o.number()) ? "number " + r.getString(1)
                            : !r.getString(3).equals(a.sha256()) ? "checksum in the database"
                            : !files.exists(r.getString(2)) ? "stored file " + r.getString(2) + " missing; it"
                            : !a.sha256().equals(storedSha256(files, r.getString(2))) ? "stored file" : null;
                    if (problem != null) {
                        lost++;
                        errors.add(a.index() + " (" + o.number() + "): " + problem + " differs");
                    }
                    if (r.getLong(4) != 1 || r.next()) {
                        duplicates++;
                    }
                }
            }
        }
        return new Check(lost, duplicates, errors);
    }

    private static String storedSha256(FileStore files, String storedName) throws Exception {
        try (InputStream in = files.open(storedName)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(in.readAllBytes());
            return HexFormat.of().formatHex(d.digest());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
