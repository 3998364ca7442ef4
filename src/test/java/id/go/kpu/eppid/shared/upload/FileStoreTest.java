package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.upload.MultipartParserTest.Body;
import id.go.kpu.eppid.shared.upload.MultipartParserTest.FakeRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

    @TempDir
    Path base;

    private FileStore store() throws IOException {
        return new FileStore(base.resolve("files"),
                Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void roundTripWithChecksum() throws Exception {
        FileStore store = store();
        byte[] data = MultipartParserTest.randomBytes(200_000);
        StoredFile stored = store.store(new ByteArrayInputStream(data));

        assertTrue(stored.storedName().startsWith("2025/10/"), stored.storedName());
        assertTrue(FileStore.isValidStoredName(stored.storedName()));
        assertFalse(stored.storedName().contains("."), "no extension");
        assertEquals(data.length, stored.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)), stored.sha256Hex());
        assertTrue(store.exists(stored.storedName()));
        try (InputStream in = store.open(stored.storedName())) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(List.of(stored.storedName().substring(8)), names(base.resolve("files/2025/10")),
                "only the stored file: the temp file was moved, not left behind");

        assertTrue(store.delete(stored.storedName()));
        assertFalse(store.exists(stored.storedName()));
        assertFalse(store.delete(stored.storedName()));
        assertThrows(NoSuchFileException.class, () -> store.open(stored.storedName()));
    }

    @Test
    void knownChecksumAndEmptyFile() throws Exception {
        FileStore store = store();
        StoredFile abc = store.store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", abc.sha256Hex());
        assertEquals(3, abc.sizeBytes());
        StoredFile empty = store.store(new ByteArrayInputStream(new byte[0]));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.sha256Hex());
        assertEquals(0, empty.sizeBytes());
        assertNotEquals(abc.storedName(), empty.storedName());
    }

    @Test
    void storesAnUpload(@TempDir Path uploads) throws Exception {
        FileStore store = store();
        byte[] data = MultipartParserTest.randomBytes(100_000);
        Body body = new Body().file("ktp", "../ktp.jpg", "image/jpeg", data);
        try (ParsedMultipart parsed = MultipartParser.builder().tempDir(uploads).build()
                .parse(FakeRequest.multipart(body).proxy())) {
            StoredFile stored = store.store(parsed.file("ktp").orElseThrow());
            assertEquals(data.length, stored.sizeBytes());
            try (InputStream in = store.open(stored.storedName())) {
                assertArrayEquals(data, in.readAllBytes());
            }
        }
        assertTrue(MultipartParserTest.listDir(uploads).isEmpty());
    }

    @Test
    void failedWriteLeavesNothingBehind() throws Exception {
        FileStore store = store();
        InputStream failing = new InputStream() {
            private int left = 10_000;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("client went away");
                }
                int n = Math.min(len, Math.min(left, 1000));
                java.util.Arrays.fill(b, off, off + n, (byte) 7);
                left -= n;
                return n;
            }
        };
        assertThrows(IOException.class, () -> store.store(failing));
        assertTrue(names(base.resolve("files/2025/10")).isEmpty());
    }

    @Test
    void rejectsNamesItDidNotGenerate() throws Exception {
        FileStore store = store();
        StoredFile stored = store.store(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Files.writeString(base.resolve("secret.txt"), "secret");
        String uuid = stored.storedName().substring(8);
        List<String> bad = List.of(
                "../secret.txt",
                "../../etc/passwd",
                "/etc/passwd",
                "2025/10/../../../secret.txt",
                "2025/10/" + uuid + "/../../../../secret.txt",
                "2025\\10\\" + uuid,
                "2025/10/" + uuid.toUpperCase(),
                "2025/13/" + uuid,
                "2025/10/" + uuid + ".jpg",
                "2025/10/" + uuid + "\u0000",
                " 2025/10/" + uuid,
                "2025/10/" + uuid + "\n",
                uuid,
                "",
                ".");
        for (String name : bad) {
            assertFalse(FileStore.isValidStoredName(name), name);
            assertThrows(IllegalArgumentException.class, () -> store.open(name), name);
            assertThrows(IllegalArgumentException.class, () -> store.delete(name), name);
            assertThrows(IllegalArgumentException.class, () -> store.exists(name), name);
        }
        assertThrows(IllegalArgumentException.class, () -> store.open(null));
        assertTrue(store.exists(stored.storedName()), "the good name still works");
        assertTrue(Files.exists(base.resolve("secret.txt")));
    }

    @Test
    void adoptsAFileOfAnotherStoreWithoutCopyingIt() throws Exception {
        FileStore staging = new FileStore(base.resolve("staging"));
        FileStore files = store();
        byte[] data = MultipartParserTest.randomBytes(50_000);
        StoredFile staged = staging.store(new ByteArrayInputStream(data));

        String adopted = files.adopt(staging, staged.storedName());

        assertTrue(adopted.startsWith("2025/10/"), adopted);
        assertTrue(FileStore.isValidStoredName(adopted));
        assertNotEquals(staged.storedName(), adopted, "a name of its own");
        assertEquals(Files.readAttributes(staging.path(staged.storedName()), "unix:ino").get("unix:ino"),
                Files.readAttributes(files.path(adopted), "unix:ino").get("unix:ino"), "the same data: a link");
        assertTrue(staging.delete(staged.storedName()), "the staged name goes after the commit");
        try (InputStream in = files.open(adopted)) {
            assertArrayEquals(data, in.readAllBytes(), "the adopted name keeps the bytes");
        }
        assertThrows(NoSuchFileException.class, () -> files.adopt(staging, staged.storedName()));
        assertThrows(IllegalArgumentException.class, () -> files.adopt(staging, "../secret.txt"));
        assertEquals(List.of(adopted.substring(8)), names(base.resolve("files/2025/10")));
    }

    @Test
    void namesAreRandom() throws Exception {
        FileStore store = store();
        StoredFile a = store.store(new ByteArrayInputStream(new byte[] {1}));
        StoredFile b = store.store(new ByteArrayInputStream(new byte[] {1}));
        assertNotEquals(a.storedName(), b.storedName());
        assertEquals(a.sha256Hex(), b.sha256Hex());
    }

    @Test
    void deletesFilesOlderThanAnAge() throws Exception {
        FileStore store = store(); // its clock says 2025-10-15T03:00Z
        StoredFile old = store.store(new ByteArrayInputStream(new byte[] {1}));
        StoredFile fresh = store.store(new ByteArrayInputStream(new byte[] {2}));
        Path dir = base.resolve("files/2025/10");
        Files.setLastModifiedTime(dir.resolve(old.storedName().substring(8)),
                FileTime.from(Instant.parse("2025-10-13T03:00:00Z")));
        Files.setLastModifiedTime(dir.resolve(fresh.storedName().substring(8)),
                FileTime.from(Instant.parse("2025-10-15T02:00:00Z")));
        Path crashed = Files.createFile(dir.resolve(".incoming-123.tmp"));
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.parse("2025-10-01T00:00:00Z")));
        Path foreign = Files.createFile(dir.resolve("keep-me.txt"));
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

        assertEquals(1, store.deleteOlderThan(Duration.ofDays(1)));
        assertFalse(store.exists(old.storedName()));
        assertTrue(store.exists(fresh.storedName()));
        assertFalse(Files.exists(crashed), "temp file of a crashed write swept too");
        assertTrue(Files.exists(foreign), "files the store did not name are left alone");
        assertEquals(0, store.deleteOlderThan(Duration.ofDays(1)));
    }

    /**
     * Issue 8, faults: after a crash, the files put in place during the run that crashed are found by the time the file
     * system gave them (a link made by {@code adopt} counts from when it was made), reading only that span's month
     * folders; the temp files of writes the crash cut short are deleted.
     */
    @Test
    void listsTheFilesPutInPlaceDuringASpanByTheirMonthFolder() throws Exception {
        FileStore store = new FileStore(base.resolve("files")); // the system clock, as the file system's times are
        FileStore staging = new FileStore(base.resolve("staging"));
        Instant start = Instant.now();
        String before = store.store(new ByteArrayInputStream(new byte[] {1})).storedName();
        String staged = staging.store(new ByteArrayInputStream(new byte[] {2})).storedName();
        Thread.sleep(60); // file times may be a clock tick (a few ms) coarser than Instant.now()
        Instant mid = Instant.now();
        Thread.sleep(60);
        String after = store.store(new ByteArrayInputStream(new byte[] {3})).storedName();
        String adopted = store.adopt(staging, staged);
        String folder = after.substring(0, 8);
        Path unfinished = Files.writeString(store.baseDir().resolve(folder + ".incoming-1.tmp"), "a crashed write");
        // put in place now, but in the folder of three months ago: outside the span's folders
        String elsewhere = new FileStore(base.resolve("files"), Clock.fixed(start.minus(Duration.ofDays(92)),
                ZoneOffset.UTC)).store(new ByteArrayInputStream(new byte[] {4})).storedName();
        Instant end = Instant.now().plusSeconds(1);

        assertEquals(List.of(folder), store.monthFolders(start.minusSeconds(1), end),
                "only the span's month folder is read, not the one of " + elsewhere);
        assertEquals(List.of(before), store.storedBetween(folder, start.minusSeconds(1), mid));
        assertEquals(Set.of(after, adopted), Set.copyOf(store.storedBetween(folder, mid, end)));
        assertEquals(List.of(), store.storedBetween(folder, end, end.plusSeconds(60)));
        assertEquals(0, store.deleteUnfinishedWrites(folder, start.minusSeconds(1), mid));
        assertEquals(1, store.deleteUnfinishedWrites(folder, mid, end));
        assertFalse(Files.exists(unfinished));
        assertTrue(store.exists(after), "stored files stay");
    }

    /** A span's month folders, in the store's time zone, from the first to the last month it touches. */
    @Test
    void aSpanCoversTheMonthFoldersItTouches() throws Exception {
        FileStore store = store();
        assertEquals(List.of("2025/11/", "2025/12/", "2026/01/"), store.monthFolders(
                Instant.parse("2025-11-30T23:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));
        FileStore jakarta = new FileStore(base.resolve("wib"), Clock.fixed(Instant.EPOCH, ZoneOffset.ofHours(7)));
        assertEquals(List.of("2025/12/"), jakarta.monthFolders(Instant.parse("2025-11-30T17:00:00Z"),
                Instant.parse("2025-12-31T16:59:59Z")), "Jakarta's time");
        assertThrows(IllegalArgumentException.class, () -> store.storedBetween("../etc/", Instant.EPOCH,
                Instant.EPOCH));
    }

    /** Issue 8, faults: a store keeping more free space than its disk has refuses before writing anything. */
    @Test
    void aStoreKeepingMoreFreeSpaceThanTheDiskHasRefusesBeforeWriting() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"), ZoneOffset.UTC);
        FileStore roomy = new FileStore(base.resolve("files"), clock, FileStore.MB);
        assertTrue(roomy.usableBytes() > FileStore.MB, "the test disk has a megabyte free");
        StoredFile stored = roomy.store(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertTrue(roomy.exists(stored.storedName()));

        FileStore full = new FileStore(base.resolve("files"), clock, Long.MAX_VALUE);
        StorageFullException e = assertThrows(StorageFullException.class,
                () -> full.store(new ByteArrayInputStream(new byte[] {4, 5, 6})));
        assertEquals(Long.MAX_VALUE, e.minFreeBytes());
        assertTrue(e.usableBytes() < Long.MAX_VALUE);
        assertTrue(e.getMessage().contains("MB free"), e.getMessage());
        assertEquals(List.of(stored.storedName().substring(8)), names(base.resolve("files/2025/10")),
                "no second file, no temp file");
        assertThrows(IllegalArgumentException.class, () -> new FileStore(base, clock, -1));
    }

    /** A base folder deleted under the store is made again; its missing folder is not taken for a full disk. */
    @Test
    void aStoreKeepingFreeSpaceStillWritesAfterItsFolderWasDeleted() throws Exception {
        FileStore store = new FileStore(base.resolve("gone"), Clock.systemUTC(), FileStore.MB);
        Files.delete(store.baseDir());
        StoredFile stored = store.store(new ByteArrayInputStream(new byte[] {7}));
        assertTrue(store.exists(stored.storedName()));
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
