package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, faults: a file of a transaction that did not commit is looked up (and deleted if no record names it) also
 * when the portal stops before its round comes: the list written at the stop is taken back at the next start.
 */
class UncommittedFilesTest {

    @TempDir
    Path base;

    @Test
    void filesStillWaitingAtTheStopAreLookedUpAfterTheNextStart() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        FileStore staging = new FileStore(base.resolve("staging"));
        String rolledBack = files.store(new ByteArrayInputStream(new byte[] {1})).storedName();
        String other = files.store(new ByteArrayInputStream(new byte[] {2})).storedName();
        Instant since = Instant.parse("2026-12-06T10:00:00Z");

        UncommittedFiles before = new UncommittedFiles();
        before.waitFor(files, rolledBack, since);
        before.waitFor(files, other, since.plusSeconds(5));
        before.save();
        Path journal = files.baseDir().resolve(UncommittedFiles.JOURNAL);
        assertEquals(2, Files.readAllLines(journal).size());
        assertFalse(Files.exists(staging.baseDir().resolve(UncommittedFiles.JOURNAL)), "nothing waited there");

        UncommittedFiles after = new UncommittedFiles();
        after.recover(staging);
        after.recover(files);
        assertTrue(after.isWaiting(rolledBack));
        assertTrue(after.isWaiting(other));
        assertFalse(Files.exists(journal), "taken back once");
        assertTrue(files.exists(rolledBack), "not deleted before the database is asked");
    }

    @Test
    void aListThatWasTamperedWithBringsBackOnlyStoredNames() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        String name = files.store(new ByteArrayInputStream(new byte[] {1})).storedName();
        Files.write(files.baseDir().resolve(UncommittedFiles.JOURNAL), List.of(name + "\t1765015200000",
                "../../etc/passwd\t1765015200000", "2026/12/not-a-uuid\t1", name + "\tyesterday"),
                StandardCharsets.US_ASCII);
        UncommittedFiles after = new UncommittedFiles();
        after.recover(files);
        assertTrue(after.isWaiting(name));
        assertFalse(after.isWaiting("../../etc/passwd"));
    }

    @Test
    void aStoreNeverOpenedSinceKeepsItsListAtTheNextStop() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        String first = files.store(new ByteArrayInputStream(new byte[] {1})).storedName();
        String second = files.store(new ByteArrayInputStream(new byte[] {2})).storedName();
        UncommittedFiles one = new UncommittedFiles();
        one.waitFor(files, first, Instant.now());
        one.save();
        UncommittedFiles two = new UncommittedFiles(); // this run did not recover the store before more files waited
        two.waitFor(files, second, Instant.now());
        two.save();
        UncommittedFiles three = new UncommittedFiles();
        three.recover(files);
        assertTrue(three.isWaiting(first));
        assertTrue(three.isWaiting(second));
    }
}
