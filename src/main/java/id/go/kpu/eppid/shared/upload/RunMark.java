package id.go.kpu.eppid.shared.upload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The mark a run of the portal keeps in the base folder of its kept files ({@value #NAME}) while it runs: the process
 * that uses the folder, and the time from which files put there are not settled. A clean stop removes it; a start that
 * finds the mark of a process that no longer runs knows that run ended without a stop (issue 8, faults: a crash
 * writes no list of the files of its transactions that did not commit). See {@link UncommittedFiles#watchForCrash}.
 *
 * @param since        from when files put in the folder are not settled
 * @param pid          the process of the run
 * @param processStart when that process started (epoch milliseconds; 0 when unknown), so a reused process number is
 *                     not taken for it
 */
record RunMark(Instant since, long pid, long processStart) {

    static final String NAME = ".running";

    /** This process's mark. */
    static RunMark ours(Instant since) {
        ProcessHandle me = ProcessHandle.current();
        return new RunMark(since, me.pid(), startOf(me));
    }

    /** The mark in {@code folder}, if there is one that reads. */
    static Optional<RunMark> read(Path folder) throws IOException {
        Path path = folder.resolve(NAME);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String text = Files.readString(path, StandardCharsets.US_ASCII).trim();
        if (!text.matches("[0-9]{1,19} [0-9]{1,19} [0-9]{1,19}")) {
            return Optional.empty();
        }
        String[] parts = text.split(" ");
        return Optional.of(new RunMark(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]),
                Long.parseLong(parts[2])));
    }

    /** Puts this mark in {@code folder} in place of any other, on disk before it returns (a power cut may follow). */
    void write(Path folder) throws IOException {
        Path temp = Files.createTempFile(folder, NAME, ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((since.toEpochMilli() + " " + pid + " " + processStart)
                        .getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            Files.move(temp, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the mark in {@code folder} if it is this process's. */
    static void removeOurs(Path folder) throws IOException {
        if (read(folder).filter(RunMark::isOurs).isPresent()) {
            Files.deleteIfExists(folder.resolve(NAME));
        }
    }

    /** Whether it is this process's mark. */
    boolean isOurs() {
        ProcessHandle me = ProcessHandle.current();
        return pid == me.pid() && processStart == startOf(me);
    }

    /** Whether the process of the mark still runs: this one (another deployment in this server) or another. */
    boolean ownerRuns() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> processStart == 0 || startOf(p) == 0 || startOf(p) == processStart).isPresent();
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
