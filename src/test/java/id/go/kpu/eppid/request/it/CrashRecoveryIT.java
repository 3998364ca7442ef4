package id.go.kpu.eppid.request.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.upload.FileColumns;
import id.go.kpu.eppid.shared.upload.FileStore;
import id.go.kpu.eppid.testsupport.FaultSubmissions;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Attempt;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Check;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Outcome;
import id.go.kpu.eppid.testsupport.FaultSubmissions.Sending;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.PortalProcess;
import id.go.kpu.eppid.testsupport.TestDatabase;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, faults: the portal is killed (SIGKILL, as in a crash or a power cut: no stop, nothing written at the end)
 * while 16 clients send public submissions with ID scans. Before the kill, a file is put in the store as a submission
 * does before its commit, and never named by a commit, so that the crash surely leaves one behind. After the portal is
 * started again: every submission acknowledged before the kill is in the database with its ID scan and checksum;
 * every file the crashed run left that no record names (its transaction never committed) is deleted, as are the temp
 * files of writes it cut short, so no ID scan stays on disk without a record; and each submission that got no number,
 * sent again with its idempotency key, is registered exactly once. Runs in the failsafe execution "faults", with a
 * portal of its own on the run's upload folder (which the backup test covers); the files the crashed run put there
 * are told from earlier ones by their file times.
 */
class CrashRecoveryIT {

    private static final int SUBMISSIONS = 240;
    private static final int CLIENTS = 16;
    private static final int KILL_AFTER = 60;
    /** The crashed run's files are settled at the first clean-up round after the start (every 20 s). */
    private static final long SETTLE_SECONDS = 90;

    private final Path log = Path.of("target/failsafe-reports/CrashRecoveryIT-portal-output.txt");
    private PortalProcess portal;

    @AfterEach
    void stop() throws Exception {
        if (portal != null) {
            portal.stop();
        }
    }

    @Test
    void aCrashLosesNoAcknowledgedSubmissionAndLeavesNoFileWithoutARecord() throws Exception {
        Files.createDirectories(log.getParent());
        FileStore files = new FileStore(Path.of(System.getProperty("test.upload.dir")).resolve("files"));
        Instant runStart = Instant.now().minusSeconds(1); // file times may be a clock tick coarser
        int port = freePort();
        start(port);
        PortalApi api = new PortalApi(portal.url());
        long office = api.officeId("5371");
        List<Attempt> attempts = FaultSubmissions.attempts("crash", SUBMISSIONS, 70_000L);

        Sending sending = FaultSubmissions.sendAll(api, office, attempts, CLIENTS);
        sending.awaitAcknowledged(KILL_AFTER);
        String planted = plantUncommittedFile(files);
        portal.kill();
        Instant runEnd = Instant.now().plusSeconds(1);
        Map<Integer, Outcome> first = sending.finish();
        int firstAcknowledged = (int) first.values().stream().filter(Outcome::acknowledged).count();
        assertTrue(Files.isRegularFile(files.baseDir().resolve(".running")), "the crashed run left its mark");
        List<String> leftBehind = unnamed(files, runStart, runEnd);
        assertTrue(leftBehind.contains(files.baseDir().resolve(planted).toString()), leftBehind.toString());

        start(port);
        long until = System.nanoTime() + SETTLE_SECONDS * 1_000_000_000L;
        List<String> stillThere = unnamed(files, runStart, runEnd);
        while (!stillThere.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(1_000);
            stillThere = unnamed(files, runStart, runEnd);
        }

        // the applicants without a number send their forms again, with the same key
        int sentAgain = 0;
        int alreadyStored = 0;
        List<String> errors = new ArrayList<>();
        Map<Integer, Outcome> last = new ConcurrentHashMap<>(first);
        for (Attempt a : attempts) {
            if (first.get(a.index()).acknowledged()) {
                continue;
            }
            sentAgain++;
            Outcome again = FaultSubmissions.submit(api, office, a);
            if (!again.acknowledged()) {
                errors.add(a.index() + " sent again: " + again);
            } else if (again.status() == 200) {
                alreadyStored++; // its commit landed, but the answer never came
            }
            last.put(a.index(), again);
        }
        Check check = FaultSubmissions.check(attempts, last, files);
        errors.addAll(check.errors());
        System.out.printf("[faults] crash: tried %d, acknowledged %d before the kill; files without a record after it"
                + " %d (1 put there), after the restart %d; lost %d; sent again %d, acknowledged %d (%d had been "
                + "stored before the kill), duplicates %d, errors %d%n", SUBMISSIONS, firstAcknowledged,
                leftBehind.size(), stillThere.size(), check.lost(), sentAgain, sentAgain - (int) errors.stream()
                        .filter(e -> e.contains("sent again")).count(), alreadyStored, check.duplicates(),
                errors.size());
        assertTrue(firstAcknowledged < SUBMISSIONS, "the kill came while submissions were under way");
        assertEquals(List.of(), stillThere, "no file without a record once the crashed run is settled");
        assertFalse(files.exists(planted));
        assertEquals(List.of(), errors, "nothing lost, every other submission registered when sent again");
        assertEquals(0, check.lost());
        assertEquals(0, check.duplicates());
        assertTrue(Files.readString(log).contains("did not stop cleanly"), "the portal says why it deletes files");
    }

    /** A file as a submission stores it before its commit, for a transaction the crash ends before it commits. */
    private static String plantUncommittedFile(FileStore files) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String name = String.format("%04d/%02d/%s", today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path path = files.baseDir().resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00});
        assertTrue(FileStore.isValidStoredName(name));
        return name;
    }

    /**
     * The files put in the store from {@code from} until {@code until} (by their status change time) that no record
     * names: stored files that no file column names, and anything else but the store's own notes ({@code .running},
     * {@code .uncommitted}), such as the temp file of a write cut short.
     */
    private static List<String> unnamed(FileStore files, Instant from, Instant until) throws Exception {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(files.baseDir())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Instant placed;
                try {
                    placed = ((FileTime) Files.getAttribute(p, "unix:ctime", LinkOption.NOFOLLOW_LINKS)).toInstant();
                } catch (NoSuchFileException e) {
                    continue; // deleted meanwhile
                }
                if (!placed.isBefore(from) && placed.isBefore(until)) {
                    all.add(p);
                }
            }
        }
        Map<String, Path> stored = new java.util.HashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (Path p : all) {
            String name = files.baseDir().relativize(p).toString();
            if (FileStore.isValidStoredName(name)) {
                stored.put(name, p);
            } else if (!Set.of(".running", ".uncommitted").contains(name)) {
                unnamed.add(p.toString());
            }
        }
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), TestDatabase.USER,
                TestDatabase.PASSWORD)) {
            Set<String> named = FileColumns.named(c, FileColumns.of(c), stored.keySet());
            stored.forEach((name, p) -> {
                if (!named.contains(name)) {
                    unnamed.add(p.toString());
                }
            });
        }
        return unnamed;
    }

    private void start(int port) throws Exception {
        portal = new PortalProcess(Path.of("").toAbsolutePath(), Path.of("target").toAbsolutePath(), port, log,
                "-Xmx512m")
                .env("PORTAL_MAIL_HOST", "")
                .env("PORTAL_HELPDESK_MAILBOXES", "");
        double took = portal.start();
        System.out.printf("[faults] portal up in %.0f s on port %d%n", took, port);
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
