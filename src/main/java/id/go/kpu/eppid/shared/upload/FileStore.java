package id.go.kpu.eppid.shared.upload;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Keeps accepted files on disk under a base directory that must lie outside the web root (the container never serves
 * it; files go out only through code that checks access).
 *
 * <ul>
 * <li>Names are generated, never taken from the user: {@code yyyy/MM/<random UUID>}, no extension (the detected media
 * type and the sanitised original name belong in the database).</li>
 * <li>Writes are atomic: the bytes go to a temp file in the target directory, are flushed to disk, then moved into
 * place with {@link StandardCopyOption#ATOMIC_MOVE}; a failed write leaves nothing behind. The SHA-256 and size are
 * computed while writing.</li>
 * <li>{@link #open}, {@link #delete} and {@link #exists} accept only names matching the generated pattern
 * ({@link #isValidStoredName}), so no {@code ..}, absolute path, backslash or symlink trick reaches outside the base
 * directory.</li>
 * <li>{@link #deleteOlderThan} sweeps files nobody claimed (e.g. a staging store); {@link #storedBetween} lists the
 * files of a month folder put in place during a span of time.</li>
 * <li>A store may keep some of its disk free: {@link #store} then refuses with {@link StorageFullException} before
 * writing when less is left, so the database and the logs on the same disk never run out (issue 8, faults).</li>
 * </ul>
 * Thread-safe.
 */
public final class FileStore {

    private static final String MONTH = "[0-9]{4}/(0[1-9]|1[0-2])/";
    private static final Pattern MONTH_FOLDER = Pattern.compile(MONTH);
    private static final Pattern STORED_NAME = Pattern.compile(
            MONTH + "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    /** One mebibyte. */
    public static final long MB = 1024L * 1024L;

    private static final String TEMP_PREFIX = ".incoming-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final System.Logger LOG = System.getLogger(FileStore.class.getName());
    private static final boolean UNIX_ATTRIBUTES = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("unix");

    private final Path baseDir;
    private final Clock clock;
    private final long minFreeBytes;

    /**
     * Creates a store writing under {@code baseDir} (created if missing), with year/month folders in UTC.
     *
     * @param baseDir the base directory, outside the web root
     * @throws IOException when the directory cannot be created
     */
    public FileStore(Path baseDir) throws IOException {
        this(baseDir, Clock.systemUTC());
    }

    /**
     * Creates a store whose year/month folders follow {@code clock} (its zone included).
     *
     * @param baseDir the base directory, outside the web root
     * @param clock   the clock naming the folders
     * @throws IOException when the directory cannot be created
     */
    public FileStore(Path baseDir, Clock clock) throws IOException {
        this(baseDir, clock, 0);
    }

    /**
     * Creates a store that refuses to write when its disk has less than {@code minFreeBytes} free.
     *
     * @param baseDir      the base directory, outside the web root
     * @param clock        the clock naming the folders
     * @param minFreeBytes the free space to keep on the disk; 0 for none
     * @throws IOException when the directory cannot be created
     */
    public FileStore(Path baseDir, Clock clock, long minFreeBytes) throws IOException {
        if (minFreeBytes < 0) {
            throw new IllegalArgumentException("minFreeBytes must be >= 0: " + minFreeBytes);
        }
        this.baseDir = createDirectories(Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.minFreeBytes = minFreeBytes;
    }

    /** @return the base directory (absolute) */
    public Path baseDir() {
        return baseDir;
    }

    /** @return the free space this store keeps on its disk (0: none) */
    public long minFreeBytes() {
        return minFreeBytes;
    }

    /** @return the bytes still usable on the disk of the base directory (0 when it cannot be read) */
    public long usableBytes() {
        return baseDir.toFile().getUsableSpace(); // one statfs call, no scan of the mount table
    }

    /**
     * @throws StorageFullException when the disk has less free space than this store keeps free (whoever answers the
     *                              refused request logs it)
     */
    public void ensureSpace() throws StorageFullException {
        if (minFreeBytes == 0) {
            return;
        }
        long usable = usableBytes();
        if (usable < minFreeBytes) {
            throw new StorageFullException(baseDir.toString(), usable, minFreeBytes);
        }
    }

    /**
     * Stores the bytes of {@code in} (read to its end, not closed) under a new generated name.
     *
     * @param in the content
     * @return the generated name, size and SHA-256
     * @throws StorageFullException when the disk has less free space than this store keeps; nothing is written
     * @throws IOException when writing fails; nothing is left on disk then
     */
    public StoredFile store(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        String storedName = newName();
        Path target = newPath(storedName);
        ensureSpace(); // once the folders exist: the free space of a folder that is not there reads as 0
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
        boolean moved = false;
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
                size = in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("File system of " + baseDir + " cannot move files atomically", e);
            }
            moved = true;
            return new StoredFile(storedName, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Gives a file of another store a new generated name in this one without copying its bytes: a hard link, so both
     * names refer to the same data (already flushed to disk when {@code source} stored it) until either is deleted.
     * Where the two stores are on different file systems, or links are not supported, the bytes are copied.
     *
     * @param source     the store that holds the file
     * @param storedName a name {@code source} generated
     * @return the name in this store
     * @throws IOException when neither linking nor copying works; nothing is left in this store then
     */
    public String adopt(FileStore source, String storedName) throws IOException {
        Path from = source.resolve(storedName);
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(storedName);
        }
        String name = newName();
        Path target = newPath(name);
        try {
            Files.createLink(target, from);
            return name;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            // another file system (EXDEV) or no hard links: copy, as atomically as any other write
            try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS)) {
                return store(in).storedName();
            }
        }
    }

    /**
     * Stores an upload's bytes under a new generated name.
     *
     * @param file the upload (still open)
     * @return the generated name, size and SHA-256
     * @throws IOException when reading or writing fails
     */
    public StoredFile store(UploadedFile file) throws IOException {
        try (InputStream in = file.open()) {
            return store(in);
        }
    }

    /**
     * Opens a stored file.
     *
     * @param storedName a name returned by {@link #store}
     * @return a stream the caller must close
     * @throws IllegalArgumentException       when the name is not one this store generates
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws IOException                    when it cannot be opened
     */
    public InputStream open(String storedName) throws IOException {
        Path path = resolve(storedName);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(storedName);
        }
        return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The path of a stored file, for code that must look at it in place (e.g. {@link FileScreening}); read only.
     *
     * @param storedName a name returned by {@link #store}
     * @return the path under the base directory
     * @throws IllegalArgumentException when the name is not one this store generates
     */
    public Path path(String storedName) {
        return resolve(storedName);
    }

    /**
     * @param storedName a name returned by {@link #store}
     * @return true when the file exists
     * @throws IllegalArgumentException when the name is not one this store generates
     */
    public boolean exists(String storedName) {
        return Files.isRegularFile(resolve(storedName), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Deletes a stored file.
     *
     * @param storedName a name returned by {@link #store}
     * @return true when a file was deleted, false when there was none
     * @throws IllegalArgumentException when the name is not one this store generates
     * @throws IOException              when it cannot be deleted
     */
    public boolean delete(String storedName) throws IOException {
        return Files.deleteIfExists(resolve(storedName));
    }

    /**
     * Deletes the stored files last modified more than {@code age} ago (by this store's clock), e.g. staged uploads of
     * forms that were never submitted; also removes temp files left by a write that crashed. Folders are kept.
     *
     * @param age how old a file must be to go
     * @return how many stored files were deleted (temp files not counted); a file or folder that cannot be read or
     *         deleted is logged and skipped, for the next sweep to try again
     */
    public int deleteOlderThan(Duration age) {
        Objects.requireNonNull(age, "age");
        FileTime cutoff = FileTime.from(clock.instant().minus(age));
        int[] deleted = {0};
        try {
            Files.walkFileTree(baseDir, Set.of(), 3, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || attrs.lastModifiedTime().compareTo(cutoff) >= 0) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = baseDir.relativize(file).toString().replace(File.separatorChar, '/');
                    String name = file.getFileName().toString();
                    boolean stored = isValidStoredName(relative);
                    if (stored || (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX))) {
                        try {
                            if (Files.deleteIfExists(file) && stored) {
                                deleted[0]++;
                            }
                        } catch (IOException e) {
                            LOG.log(Level.WARNING, "Could not delete old stored file " + relative, e);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted meanwhile, or unreadable: not ours to fail on
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not sweep " + baseDir, e);
        }
        return deleted[0];
    }

    /**
     * The month folders ({@code yyyy/MM/}) that hold the files stored from {@code from} until {@code until}, oldest
     * first, whether they exist or not.
     */
    public List<String> monthFolders(Instant from, Instant until) {
        List<String> folders = new ArrayList<>();
        YearMonth last = YearMonth.from(until.atZone(clock.getZone()));
        for (YearMonth m = YearMonth.from(from.atZone(clock.getZone())); !m.isAfter(last); m = m.plusMonths(1)) {
            folders.add(String.format("%04d/%02d/", m.getYear(), m.getMonthValue()));
        }
        return folders;
    }

    /**
     * The stored files of a month folder ({@link #monthFolders}) put in place from {@code from} (inclusive) until
     * {@code until} (exclusive): a file counts by the time its name last changed (a {@link #store} or an
     * {@link #adopt}), its status change time where the file system has one. For finding the files of a run of the
     * portal that ended without a clean stop ({@link UncommittedFiles}).
     *
     * @throws IOException when the folder cannot be read
     */
    public List<String> storedBetween(String folder, Instant from, Instant until) throws IOException {
        List<String> found = new ArrayList<>();
        forEachPlaced(folder, from, until, file -> {
            String name = folder + file.getFileName();
            if (isValidStoredName(name)) {
                found.add(name);
            }
        });
        return found;
    }

    /**
     * Deletes the temp files of writes that never finished in a month folder, put in place from {@code from} until
     * {@code until} (as {@link #storedBetween}): what a crash in the middle of a {@link #store} leaves.
     *
     * @return how many it deleted
     * @throws IOException when the folder cannot be read or a temp file cannot be deleted
     */
    public int deleteUnfinishedWrites(String folder, Instant from, Instant until) throws IOException {
        List<Path> unfinished = new ArrayList<>();
        forEachPlaced(folder, from, until, file -> {
            String name = file.getFileName().toString();
            if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                unfinished.add(file);
            }
        });
        int deleted = 0;
        for (Path file : unfinished) {
            deleted += Files.deleteIfExists(file) ? 1 : 0;
        }
        return deleted;
    }

    /** Each regular file of a month folder put in place from {@code from} until {@code until}. */
    private void forEachPlaced(String folder, Instant from, Instant until, Consumer<Path> action)
            throws IOException {
        if (!isMonthFolder(folder)) {
            throw new IllegalArgumentException("Not a month folder");
        }
        Path dir = baseDir.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Instant placed;
                try {
                    placed = placedAt(file);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue; // deleted meanwhile
                }
                if (!placed.isBefore(from) && placed.isBefore(until)
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    action.accept(file);
                }
            }
        }
    }

    /** When a file got its name: the status change time (a hard link changes it), else the last modification. */
    private static Instant placedAt(Path file) throws IOException {
        if (UNIX_ATTRIBUTES) {
            return ((FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS)).toInstant();
        }
        return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
    }

    /**
     * @param storedName a candidate name
     * @return true when it has the exact shape this store generates: {@code yyyy/MM/} and a lower-case random UUID
     */
    public static boolean isValidStoredName(String storedName) {
        return storedName != null && STORED_NAME.matcher(storedName).matches();
    }

    /** @return true when {@code folder} is a month folder of stored names, {@code yyyy/MM/} */
    public static boolean isMonthFolder(String folder) {
        return folder != null && MONTH_FOLDER.matcher(folder).matches();
    }

    private Path resolve(String storedName) {
        if (!isValidStoredName(storedName)) {
            throw new IllegalArgumentException("Not a stored file name");
        }
        Path path = baseDir.resolve(storedName).normalize();
        if (!path.startsWith(baseDir)) { // cannot happen with the pattern above; kept as a second lock
            throw new IllegalArgumentException("Not a stored file name");
        }
        return path;
    }

    /** A new generated name: {@code yyyy/MM/<random UUID>} by this store's clock. */
    private String newName() {
        LocalDate today = LocalDate.now(clock);
        return String.format("%04d/%02d/%s", today.getYear(), today.getMonthValue(), UUID.randomUUID());
    }

    /** Where a new name's file goes, its year/month folder created. */
    private Path newPath(String storedName) throws IOException {
        Path path = baseDir.resolve(storedName);
        createDirectories(path.getParent());
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(dir,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createDirectories(dir);
    }
}
