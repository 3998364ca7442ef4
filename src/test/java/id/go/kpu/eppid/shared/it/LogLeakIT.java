package id.go.kpu.eppid.shared.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, LAW-2 (personal data is excepted information, UU 14/2008 Pasal 17 huruf h): after every other test class
 * has run (failsafe execution "logs", the last one), the output of the whole run, the portal's server log included,
 * holds no NIK, no phone number and no stored path of an ID scan. NIK: 16 digits standing alone; phone: an Indonesian
 * mobile number (08…, 628…, +628…); ID scan paths: every ID scan the run stored, from the test database.
 */
class LogLeakIT {

    private static final Pattern NIK = Pattern.compile("(?<![0-9A-Za-z.:_-])[1-9][0-9]{15}(?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])(\\+62|62|0)8[0-9]{8,11}(?![0-9])");

    @Test
    void noNikPhoneOrIdScanPathInTheLogsOfTheRun() throws Exception {
        List<Path> logs = new ArrayList<>();
        for (String dir : List.of("target/failsafe-reports", "target/surefire-reports")) {
            Path d = Path.of(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.list(d)) {
                    files.filter(p -> p.getFileName().toString().endsWith("-output.txt")).forEach(logs::add);
                }
            }
        }
        Set<String> scanPaths = idScanPaths();
        List<String> leaks = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            List<String> content = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = 0; i < content.size(); i++) {
                String line = content.get(i);
                lines++;
                find(NIK, "NIK", log, i, line, leaks);
                find(PHONE, "phone", log, i, line, leaks);
                for (String path : scanPaths) {
                    if (line.contains(path)) {
                        leaks.add(log.getFileName() + ":" + (i + 1) + " ID scan path " + path);
                    }
                }
            }
        }
        System.out.printf("Log scan: %d files, %d lines, %d ID scan paths looked for, %d leaks%n", logs.size(), lines,
                scanPaths.size(), leaks.size());
        assertTrue(logs.size() > 0, "the run left its logs to scan");
        assertEquals(List.of(), leaks.stream().limit(20).toList(), leaks.size() + " leaks");
    }

    private static void find(Pattern pattern, String what, Path log, int line, String text, List<String> leaks) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            leaks.add(log.getFileName() + ":" + (line + 1) + " " + what + " " + m.group() + " in: "
                    + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 40)));
        }
    }

    private static Set<String> idScanPaths() throws Exception {
        Set<String> paths = new HashSet<>();
        String url = System.getProperty("test.db.url");
        if (url == null) {
            return paths;
        }
        try (Connection c = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
                ResultSet rs = c.createStatement().executeQuery(
                        "select stored_name from request_file where file_kind = 'ID_SCAN'")) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("the test database is not reachable for the ID scan paths", e);
        }
        return paths;
    }
}
