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
 * file behind.
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

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource database;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    /** Read at the first round: the schema is migrated before the portal starts and does not change while it runs. */
    private volatile List<FileColumns> columns;
    private final Clock clock = Clock.systemUTC();

    private record Waiting(FileStore store, Instant since) {
    }

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

    /** Writes the files still waiting to their stores' lists, for the next start ({@link #recover}). */
    @PreDestroy
    void save() {
        Map<FileStore, List<String>> byStore = new IdentityHashMap<>();
        waiting.forEach((name, w) -> byStore.computeIfAbsent(w.store(), s -> new ArrayList<>())
                .add(name + "\t" + w.since().toEpochMilli()));
        byStore.forEach((store, lines) -> {
            Path journal = store.baseDir().resolve(JOURNAL);
            try {
                if (Files.isRegularFile(journal)) { // its start could not read it: keep those too
                    lines.addAll(Files.readAllLines(journal, StandardCharsets.US_ASCII));
                }
                Path temp = Files.createTempFile(store.baseDir(), JOURNAL, ".tmp");
                Files.write(temp, lines, StandardCharsets.US_ASCII);
                Files.move(temp, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "{0} files of transactions that did not commit stay on disk: {1}",
                        lines.size(), e.getClass().getSimpleName());
            }
        });
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
            if (columns == null) {
                columns = FileColumns.of(c);
            }
            named = FileColumns.named(c, columns, names);
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
