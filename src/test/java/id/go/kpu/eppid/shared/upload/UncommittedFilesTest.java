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

    /** A run that stops cleanly takes its mark away: the next start has nothing to settle. */
    @Test
    void aRunThatStopsLeavesNoMark() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        UncommittedFiles run = new UncommittedFiles();
        run.watchForCrash(files);
        Path mark = files.baseDir().resolve(RunMark.NAME);
        assertTrue(RunMark.read(files.baseDir()).orElseThrow().isOurs(), "marked while running");
        assertFalse(run.hasUnsettledRun());
        run.save();
        assertFalse(Files.exists(mark));

        UncommittedFiles next = new UncommittedFiles();
        next.watchForCrash(files);
        assertFalse(next.hasUnsettledRun());
        next.save();
        assertFalse(Files.exists(mark));
    }

    /**
     * Issue 8, faults: a run that ends without a stop leaves the mark of a process that no longer runs; the next start
     * finds it and has that run's files settled, and a stop before they are keeps the mark, with the same time, for
     * the start after.
     */
    @Test
    void aRunThatEndsWithoutAStopIsSettledByTheNextStartOrTheOneAfter() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        Instant crashedRunStart = Instant.parse("2026-12-06T08:00:00Z");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        new RunMark(crashedRunStart, ended.pid(), 0).write(files.baseDir());

        UncommittedFiles next = new UncommittedFiles();
        next.watchForCrash(files);
        assertTrue(next.hasUnsettledRun());
        RunMark mark = RunMark.read(files.baseDir()).orElseThrow();
        assertTrue(mark.isOurs());
        assertEquals(crashedRunStart, mark.since(), "looked up from the start of the run that crashed");
        next.save(); // the database could not be asked before this stop
        assertEquals(crashedRunStart, RunMark.read(files.baseDir()).orElseThrow().since(), "kept for the next start");

        // this process still runs: a later start in another process would find the mark of a run that stopped; here
        // the mark is made to say so
        new RunMark(crashedRunStart, ended.pid(), 0).write(files.baseDir());
        UncommittedFiles after = new UncommittedFiles();
        after.watchForCrash(files);
        assertTrue(after.hasUnsettledRun());
        after.save();
    }

    /** Two runs on one upload folder: the second does not take the first's files for a crashed run's. */
    @Test
    void aSecondRunOnTheSameFolderWatchesNothing() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        UncommittedFiles first = new UncommittedFiles();
        first.watchForCrash(files);
        UncommittedFiles second = new UncommittedFiles();
        second.watchForCrash(files);
        assertFalse(second.hasUnsettledRun());
        assertEquals(0, second.settleCrashedRun());
        second.save();
        assertTrue(Files.isRegularFile(files.baseDir().resolve(RunMark.NAME)), "still the first's");
        first.save();
        assertFalse(Files.exists(files.baseDir().resolve(RunMark.NAME)));
    }

    /** A mark that does not read (written by hand, cut short) is taken for none. */
    @Test
    void aMarkThatDoesNotReadIsTakenForNone() throws Exception {
        FileStore files = new FileStore(base.resolve("files"));
        Files.writeString(files.baseDir().resolve(RunMark.NAME), "1765015200000 ../../etc");
        assertTrue(RunMark.read(files.baseDir()).isEmpty());
        UncommittedFiles run = new UncommittedFiles();
        run.watchForCrash(files);
        assertFalse(run.hasUnsettledRun());
        assertTrue(RunMark.read(files.baseDir()).orElseThrow().isOurs());
        run.save();
    }
}
