package id.go.kpu.eppid.shared.upload;

import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Files kept inside a transaction that did not commit. They are not deleted at once: a commit that lost its
 * database connection reports a rollback although the database may have written it (issue 8, faults: such a request
 * was there without its ID scan, and its applicant, told to send the form again, got "already registered"). A minute
 * later, when a commit the database received has long finished, each such file is deleted if no {@link FileColumns
 * file column} names it, and otherwise kept; while the database cannot be asked, they wait for the next round.
 * {@link UncommittedFileSweeper} runs the rounds. Files still waiting when the portal stops are written to a list in
 * their store ({@value #JOURNAL}), which the next start {@link #recover recovers}, so a stop in the middle leaves no
 * file behind. A run that ends without a stop (a crash, a kill, a power cut) writes no list: the next start finds the
 * mark that run left ({@link RunMark}, {@link #watchForCrash}) and {@link #settleCrashedRun settles} its files.
 */
@ApplicationScoped
public class UncommittedFiles {

    private static final System.Logger LOG = System.getLogger(UncommittedFiles.class.getName());
    /** How long after its transaction ended a file is looked up. */
    static final Duration GRACE = Duration.ofMinutes(1);
    /** Names looked up in one query per file column. */
    private static final int BATCH = 200;
    /** The list of files still waiting when the portal stopped, in the base folder of their store. */
    static final String JOURNAL = ".uncommitted";
    /**
     * Files of a run that ended without a stop are looked for up to this long before the new run began (and from
     * this long before the old one began): file times may be a clock tick coarser than the clock, and the portal
     * takes far longer than this to start again.
     */
    static final Duration TICK = Duration.ofSeconds(1);

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource database;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    /** See {@link #columns(Connection)}. */
    private volatile List<FileColumns> columns;
    private final Clock clock = Clock.systemUTC();

    private record Waiting(FileStore store, Instant since) {
    }

    /** The store {@link #watchForCrash watched} for a run that ends without a stop. */
    private static final class Watch {
        final FileStore store;
        final Instant startedAt;
        /** From when the files of a run that ended without a stop are not settled yet; null when they are. */
        volatile Instant unsettledSince;

        Watch(FileStore store, Instant startedAt, Instant unsettledSince) {
            this.store = store;
            this.startedAt = startedAt;
            this.unsettledSince = unsettledSince;
        }
    }

    private volatile Watch watch;

    /**
     * Keeps {@code storedName} of {@code store} if the caller's transaction commits, and otherwise has it checked
     * and deleted later; {@code committed} runs after a commit.
     */
    public void keepOnCommit(FileStore store, String storedName, Runnable committed) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.run();
                } else {
                    waitFor(store, storedName, clock.instant());
                }
            }
        });
    }

    /** Has {@code storedName} of {@code store} looked up from {@code since} on. */
    void waitFor(FileStore store, String storedName, Instant since) {
        waiting.put(storedName, new Waiting(store, since));
    }

    /**
     * Takes back the files of {@code store} that were still waiting when the portal last stopped ({@link #save}); they
     * are looked up at the next rounds. Call once per store at start.
     */
    public void recover(FileStore store) {
        Path journal = store.baseDir().resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        int recovered = 0;
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.US_ASCII)) {
                String[] parts = line.split("\t");
                if (parts.length == 2 && FileStore.isValidStoredName(parts[0]) && parts[1].matches("[0-9]{1,19}")) {
                    waitFor(store, parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])));
                    recovered++;
                }
            }
            Files.delete(journal);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the files of transactions that did not commit before "
                    + "the last stop: {0}", e.getClass().getSimpleName());
            return;
        }
        LOG.log(System.Logger.Level.INFO, "{0} files of transactions that did not commit before the last stop are "
                + "looked up again", recovered);
    }

    /**
     * Marks {@code store} as used by this run ({@link RunMark}) and learns whether the run before ended without a stop:
     * its mark is there and its process no longer runs. That run's files of transactions that never committed were
     * written to no list; {@link #settleCrashedRun} deletes them. Call once at start, for the store of kept files only:
     * staged uploads are named nowhere until their form is sent. When a process that still runs holds the mark (two
     * portals on one upload folder), this run watches nothing and says so.
     */
    public void watchForCrash(FileStore store) {
        Path folder = store.baseDir();
        Instant now = clock.instant();
        try {
            Optional<RunMark> found = RunMark.read(folder);
            if (found.isPresent() && found.get().ownerRuns()) {
                LOG.log(System.Logger.Level.WARNING, "Another run of the portal (process {0}) uses the upload folder:"
                        + " files of transactions that did not commit are not looked for after a crash",
                        String.valueOf(found.get().pid()));
                return;
            }
            Instant unsettled = found.map(RunMark::since).orElse(null);
            RunMark.ours(unsettled == null ? now : unsettled).write(folder);
            if (unsettled != null) {
                LOG.log(System.Logger.Level.WARNING, "The last run of the portal did not stop cleanly: the files it "
                        + "kept from {0} on are looked up", unsettled);
            }
            watch = new Watch(store, now, unsettled);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not mark the upload folder as in use: files of transactions "
                    + "that did not commit are not looked for after a crash: {0}", e.getClass().getSimpleName());
        }
    }

    /** Whether files of a run that ended without a stop wait to be settled. */
    public boolean hasUnsettledRun() {
        Watch w = watch;
        return w != null && w.unsettledSince != null;
    }

    /**
     * After a run that ended without a stop ({@link #watchForCrash}): deletes the files it put in the store that no
     * {@link FileColumns file column} names, those of transactions that never committed, and keeps the rest; returns
     * how many it deleted. The temp files of its writes that never finished go too. A month folder at a time: when the
     * database cannot be asked, the next round starts again, and until one gets through the mark keeps the time from
     * which to look, also across a stop. Call outside a transaction.
     */
    public int settleCrashedRun() {
        Watch w = watch;
        Instant since = w == null ? null : w.unsettledSince;
        if (since == null) {
            return 0;
        }
        int deleted = 0;
        int kept = 0;
        int failed = 0;
        int unfinished = 0;
        Instant from = since.minus(TICK);
        Instant until = w.startedAt.minus(TICK);
        try (Connection c = database.getConnection()) {
            List<FileColumns> named = columns(c);
            for (String folder : w.store.monthFolders(from, until)) { // a month at a time: bounded memory
                unfinished += w.store.deleteUnfinishedWrites(folder, from, until);
                List<String> placed = w.store.storedBetween(folder, from, until);
                Set<String> names = placed.isEmpty() ? Set.of() : FileColumns.namedUnder(c, named, folder);
                for (String name : placed) {
                    if (names.contains(name)) {
                        kept++;
                        continue;
                    }
                    try {
                        deleted += w.store.delete(name) ? 1 : 0;
                    } catch (IOException e) {
                        failed++;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "The files of the run that did not stop cleanly wait for the database:"
                    + " {0}", e.getMessage());
            return 0;
        } catch (IOException e) {
            // no message: it may name a file
            LOG.log(System.Logger.Level.WARNING, "The files of the run that did not stop cleanly wait for the next "
                    + "round: {0}", e.getClass().getSimpleName());
            return 0;
        }
        try {
            RunMark.ours(w.startedAt).write(w.store.baseDir());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not mark the upload folder as settled: {0}",
                    e.getClass().getSimpleName());
        }
        w.unsettledSince = null;
        // counts only: a name or path may be an ID scan's (issue 8, no scan path in the logs)
        LOG.log(System.Logger.Level.INFO, "Files of the run that did not stop cleanly: {0} deleted (their transaction "
                + "never committed), {1} kept, {2} could not be deleted; {3} unfinished writes deleted", deleted, kept,
                failed, unfinished);
        return deleted;
    }

    /**
     * The file columns, read once: the schema is migrated before the portal starts and does not change while it runs.
     */
    private List<FileColumns> columns(Connection c) throws SQLException {
        if (columns == null) {
            List<FileColumns> found = FileColumns.of(c);
            if (found.isEmpty()) { // never deletes against a database that names no file at all
                throw new SQLException("No column names a kept file in " + c.getCatalog());
            }
            columns = found;
        }
        return columns;
    }

    /**
     * At a stop: the mark goes when the files of this run and of any before it are settled or {@code listed}, and
     * otherwise stays, with the time to look from, so that the next start settles them.
     */
    private void unmark(boolean listed) {
        Watch w = watch;
        watch = null;
        if (w == null || w.unsettledSince != null || !listed) {
            return;
        }
        try {
            RunMark.removeOurs(w.store.baseDir());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not unmark the upload folder: {0}",
                    e.getClass().getSimpleName());
        }
    }

    /** Writes the files still waiting to their stores' lists, for the next start ({@link #recover}). */
    @PreDestroy
    void save() {
        Map<FileStore, List<String>> byStore = new IdentityHashMap<>();
        waiting.forEach((name, w) -> byStore.computeIfAbsent(w.store(), s -> new ArrayList<>())
                .add(name + "\t" + w.since().toEpochMilli()));
        boolean listed = true;
        for (Map.Entry<FileStore, List<String>> each : byStore.entrySet()) {
            FileStore store = each.getKey();
            List<String> lines = each.getValue();
            Path journal = store.baseDir().resolve(JOURNAL);
            try {
                if (Files.isRegularFile(journal)) { // its start could not read it: keep those too
                    lines.addAll(Files.readAllLines(journal, StandardCharsets.US_ASCII));
                }
                Path temp = Files.createTempFile(store.baseDir(), JOURNAL, ".tmp");
                Files.write(temp, lines, StandardCharsets.US_ASCII);
                Files.move(temp, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                listed = false;
                LOG.log(System.Logger.Level.WARNING, "{0} files of transactions that did not commit stay on disk: {1}",
                        lines.size(), e.getClass().getSimpleName());
            }
        }
        unmark(listed);
    }

    /** Whether a file waits to be looked up. */
    public boolean isWaiting(String storedName) {
        return waiting.containsKey(storedName);
    }

    /** A round of {@link #sweepOlderThan} with the {@link #GRACE} period. */
    public int sweep() {
        return sweepOlderThan(GRACE);
    }

    /**
     * Deletes the files waiting at least {@code grace} that the database does not name, and forgets those it names;
     * returns how many it deleted. Call outside a transaction.
     */
    public int sweepOlderThan(Duration grace) {
        Instant due = clock.instant().minus(grace);
        List<String> names = waiting.entrySet().stream().filter(e -> !e.getValue().since().isAfter(due))
                .map(Map.Entry::getKey).limit(BATCH).toList();
        if (names.isEmpty()) {
            return 0;
        }
        Set<String> named;
        try (Connection c = database.getConnection()) {
            named = FileColumns.named(c, columns(c), names);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} files of transactions that did not commit wait for the database:"
                    + " {1}", waiting.size(), e.getMessage());
            return 0;
        }
        int deleted = 0;
        for (String name : names) {
            Waiting w = waiting.remove(name);
            if (w != null && !named.contains(name)) {
                try {
                    deleted += w.store().delete(name) ? 1 : 0;
                } catch (IOException | RuntimeException e) {
                    // no name or path: it may be an ID scan's (issue 8, no scan path in the logs)
                    LOG.log(System.Logger.Level.WARNING, "Could not delete a file of a transaction that did not "
                            + "commit: {0}", e.getClass().getSimpleName());
                }
            }
        }
        long kept = names.stream().filter(named::contains).count();
        LOG.log(System.Logger.Level.INFO, "Files of transactions that did not commit: {0} deleted, {1} kept (their "
                + "commit had reached the database)", deleted, kept);
        return deleted;
    }
}
