package id.go.kpu.eppid.shared.upload.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.HostileUploads;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, OWASP file upload / ASVS V12: every one of the generated hostile uploads ({@link HostileUploads}, over a
 * thousand) is sent as the ID scan of an otherwise valid request through the public API. Each must be refused with a
 * clear message in Indonesian (4xx, never 201, never a server error); afterwards there is no new request, no new or
 * staged file in the upload folder, and no file named after a hostile name anywhere under the server's folders.
 * Then the well-formed control files are accepted, so the checks refuse the hostile files and not everything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileUploadIT {

    /** Fragments of the hostile names that must never become a file name on the server. */
    private static final List<String> NAME_FRAGMENTS = List.of("passwd", "win.ini", "htaccess", "cron", "gpj.exe",
            "fdp.exe", ".php", "%2e%2e");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyHostileUploadIsRefusedWithAMessageAndLeavesNothingBehind() throws Exception {
        PortalApi api = new PortalApi(base);
        long kupang = api.officeId("5371");
        Path uploads = Path.of(System.getProperty("test.upload.dir"));
        Path itData = uploads.getParent();
        FileTime start = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        long requestsBefore = count("select count(*) from service_request");
        long filesBefore = count("select count(*) from request_file");
        Set<Path> storedBefore = files(uploads);

        List<HostileUploads.Upload> corpus = HostileUploads.corpus();
        Map<HostileUploads.Category, Integer> refused = new EnumMap<>(HostileUploads.Category.class);
        List<String> errors = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (HostileUploads.Upload upload : corpus) {
            MultipartBody body = MultipartBody.validRequestFields(kupang, "INFORMATION")
                    .file("idScan", upload.fileName(), upload.declaredType(), upload.content());
            HttpResponse<String> r = api.submit(body, "id");
            String what = upload.category() + " " + upload.label();
            if (r.statusCode() >= 500) {
                errors.add(what + " → " + r.statusCode() + " " + r.body());
            } else if (r.statusCode() < 400) {
                accepted.add(what + " → " + r.statusCode() + " " + r.body());
            } else if (!clearMessage(r)) {
                errors.add(what + " → " + r.statusCode() + " without a clear message: " + r.body());
            } else {
                refused.merge(upload.category(), 1, Integer::sum);
            }
        }
        long lost = count("select count(*) from service_request") - requestsBefore;
        int totalRefused = refused.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "Hostile uploads: tried %d, refused %d, accepted %d, errors %d, "
                + "requests left behind %d; refused by category %s%n", corpus.size(), totalRefused, accepted.size(),
                errors.size(), lost, refused);

        assertTrue(corpus.size() >= 1000, "at least 1,000 hostile inputs: " + corpus.size());
        assertEquals(List.of(), errors, "no server error, every refusal with a message");
        assertEquals(List.of(), accepted, "none accepted");
        assertEquals(corpus.size(), totalRefused);
        assertEquals(0, lost, "no request registered from a hostile upload");
        assertEquals(filesBefore, count("select count(*) from request_file"), "no file recorded");
        Set<Path> storedAfter = files(uploads);
        storedAfter.removeAll(storedBefore);
        assertEquals(Set.of(), storedAfter, "nothing new in the upload folder, staging included");
        List<Path> escaped = new ArrayList<>();
        for (Path root : List.of(itData, Path.of(System.getProperty("java.io.tmpdir")))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !Files.isDirectory(p))
                        .filter(p -> modifiedSince(p, start))
                        .filter(p -> NAME_FRAGMENTS.stream().anyMatch(f -> p.getFileName().toString()
                                .toLowerCase(Locale.ROOT).contains(f)))
                        .forEach(escaped::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder of another process vanished during the walk; what could be read was checked
            }
        }
        assertEquals(List.of(), escaped, "no file named after a hostile name anywhere");

        for (HostileUploads.Upload control : HostileUploads.wellFormed()) {
            MultipartBody body = MultipartBody.validRequestFields(kupang, "INFORMATION")
                    .file("idScan", control.fileName(), control.declaredType(), control.content());
            HttpResponse<String> r = api.submit(body, "id");
            assertEquals(201, r.statusCode(), "well-formed " + control.label() + " is accepted: " + r.body());
        }
    }

    /** A 4xx answer with a message in Indonesian, naming the field when the file was judged. */
    private static boolean clearMessage(HttpResponse<String> r) {
        try {
            JsonObject error = PortalApi.json(r);
            String message = error.getString("message", "");
            if (message.isBlank()) {
                return false;
            }
            if (r.statusCode() != 422) {
                return true;
            }
            return error.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                    .anyMatch(p -> "idScan".equals(p.getString("field", "")) && p.getString("message", "")
                            .matches("(?s).*(Berkas|berkas|Nama berkas).*"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean modifiedSince(Path p, FileTime since) {
        try {
            return Files.getLastModifiedTime(p).compareTo(since) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return new java.util.HashSet<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toCollection(
                    java.util.HashSet::new));
        }
    }

    private static long count(String sql) throws Exception {
        return TestDatabase.number(sql);
    }

}
