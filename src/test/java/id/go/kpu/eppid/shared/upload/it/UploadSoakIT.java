package id.go.kpu.eppid.shared.upload.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads must not leak (Payara #6324 keeps every container-parsed Part alive). Runs inside a Payara Micro started
 * with -Xmx512m (failsafe execution "soak"), sends 5,000 submissions with a ~300 KB JPEG through the API and
 * 1,000 multipart posts through the Faces filter, and measures this JVM's heap after full GCs: flat within 10%,
 * no temp files left. Clients speak HTTP/1.1 with keep-alive: on one long-lived h2c connection Grizzly keeps every
 * finished HTTP/2 stream until the connection closes, which would measure that and not the uploads.
 */
@ExtendWith(ArquillianExtension.class)
class UploadSoakIT {

    static final int WARM_UP = 1000;
    static final int SUBMISSIONS = 5000;
    static final int FACES_POSTS = 1000;
    static final int CLIENTS = 8;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    OfficeDirectory offices;

    @Test
    void thousandsOfUploadsLeaveTheHeapFlatAndNoTempFiles() throws Exception {
        assertTrue(Runtime.getRuntime().maxMemory() <= 600L * 1024 * 1024, "runs with a small heap");
        long officeId = offices.findByCode("5371").orElseThrow().getId();
        byte[] jpeg = TestFiles.jpeg(900, 560, 11);
        assertTrue(jpeg.length > 250_000 && jpeg.length < 400_000, "about 300 KB: " + jpeg.length);
        Path uploadTemp = Path.of(System.getProperty("java.io.tmpdir"), "eppid-upload");
        // the folder is shared by every portal on the machine: what one killed mid-upload elsewhere left (a stopped
        // benchmark) is not this test's
        Set<Path> before = listing(uploadTemp);
        // HTTP/1.1 with keep-alive, as load tools and reverse proxies talk to the server
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(CLIENTS)).build();
        String root = base.toString().replaceAll("/$", "");

        // warm-up: JIT, caches and pools reach their steady size; the baseline is taken after it
        run(http, root, officeId, jpeg, WARM_UP, 0);
        long warm = heapAfterGc();
        List<String> samples = new ArrayList<>();
        samples.add("after warm-up of " + WARM_UP + ": " + warm / (1024 * 1024) + " MB");
        for (int done = 0; done < SUBMISSIONS; done += 1000) {
            run(http, root, officeId, jpeg, 1000, WARM_UP + done);
            samples.add("after " + (done + 1000) + ": " + heapAfterGc() / (1024 * 1024) + " MB");
        }
        // one browser session posting multipart forms (a session per post would measure sessions, not uploads)
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).build();
        runFacesPosts(browser, root, jpeg);
        long end = heapAfterGc();
        samples.add("after " + FACES_POSTS + " Faces posts: " + end / (1024 * 1024) + " MB");
        System.out.println("[soak] heap after full GC: " + samples);
        assertTrue(end <= warm * 1.10, "heap grew more than 10%: " + samples);
        Set<Path> left = listing(uploadTemp);
        left.removeAll(before);
        assertEquals(Set.of(), left, "multipart temp files left in " + uploadTemp);
    }

    private static Set<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            return files.collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static void run(HttpClient http, String root, long officeId, byte[] jpeg, int count, int offset)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                MultipartBody body = MultipartBody.validRequest(officeId, "INFORMATION", jpeg);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/api/requests"))
                        .header("Content-Type", body.contentType()).POST(body.publisher()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    failures.incrementAndGet();
                    System.out.println("[soak] " + r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(0, failures.get(), "failed submissions in batch from " + offset);
    }

    /** Multipart posts to a Faces page: parsed by the portal's filter, then refused by Faces (no view state). */
    private static void runFacesPosts(HttpClient http, String root, byte[] jpeg) throws Exception {
        for (int i = 0; i < FACES_POSTS; i++) {
            MultipartBody body = new MultipartBody().field("req", "req").file("req:idScan", "ktp.jpg", "image/jpeg", jpeg);
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(root + "/track.xhtml"))
                    .header("Content-Type", body.contentType()).POST(body.publisher()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertTrue(r.statusCode() < 600);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            min = Math.min(min, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return min;
    }
}
