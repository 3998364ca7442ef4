package id.go.kpu.eppid.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: the backup command backs up what the whole test run left (its database and upload folder; this runs after
 * every other integration test) and restores it into a fresh database and an empty folder. The restore checks every
 * table's rows against the backup, every file's checksum, and every file the database names; the test then compares
 * source and restored database table by table.
 */
class BackupRestoreIT {

    @Test
    void theRunsDataIsBackedUpAndRestoredWithEqualCountsAndChecksums() throws Exception {
        String sourceUrl = System.getProperty("test.db.url");
        String restoredUrl = sourceUrl.replaceFirst("/([A-Za-z0-9_]+)\\?", "/$1" + TestDatabase.RESTORE_SUFFIX + "?");
        Path target = Path.of("target");
        Path folder = target.resolve("backup-it/" + System.currentTimeMillis());
        Path restoredUploads = target.resolve("backup-it/uploads-" + System.currentTimeMillis());
        var source = new PortalBackup.Settings(sourceUrl, TestDatabase.USER, TestDatabase.PASSWORD,
                Path.of(System.getProperty("test.upload.dir")));
        var restored = new PortalBackup.Settings(restoredUrl, TestDatabase.USER, TestDatabase.PASSWORD,
                restoredUploads);
        emptied(restoredUrl); // the scratch database of an earlier run of this class in the same build

        try {
            backUpAndRestore(source, restored, folder, sourceUrl, restoredUrl);
        } finally {
            deleted(folder); // the run's files twice over (the soak's alone are 1.5 GB): not kept in target/
            deleted(restoredUploads);
        }
    }

    private static void backUpAndRestore(PortalBackup.Settings source, PortalBackup.Settings restored, Path folder,
            String sourceUrl, String restoredUrl) throws Exception {
        long started = System.nanoTime();
        PortalBackup.Report backup = PortalBackup.backup(source, folder);
        long backedUp = System.nanoTime();
        PortalBackup.Report restore = PortalBackup.restore(restored, folder);
        long done = System.nanoTime();
        System.out.printf("Backup: %d tables, %d rows, %d files (%d bytes) in %d ms; restore checked %d file "
                + "references in %d ms%n", backup.tables(), backup.rows(), backup.files(), backup.bytes(),
                (backedUp - started) / 1_000_000, restore.referencesChecked(), (done - backedUp) / 1_000_000);

        assertTrue(backup.tables() > 50 && backup.rows() > 100, "the run's database: " + backup);
        assertEquals(backup.tables(), restore.tables());
        assertEquals(backup.rows(), restore.rows());
        assertEquals(backup.files(), restore.files());
        assertEquals(backup.bytes(), restore.bytes());
        assertEquals(counts(sourceUrl), counts(restoredUrl), "every table, source and restored");
        assertTrue(Files.size(folder.resolve(PortalBackup.DUMP)) > 0);

        assertThrows(IllegalStateException.class, () -> PortalBackup.restore(restored, folder),
                "a restore never overwrites a database that has data");
    }

    private static void deleted(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void emptied(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD)) {
            c.createStatement().execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : counts(url).keySet()) {
                c.createStatement().execute("DROP TABLE `" + table + "`");
            }
        }
    }

    private static TreeMap<String, Long> counts(String url) throws Exception {
        TreeMap<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from `" + t + "`")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
