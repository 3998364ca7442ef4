package id.go.kpu.eppid.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import id.go.kpu.eppid.testsupport.MultipartBody;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * P1 and its floor (issue 8): a public submission with a ~300 KB JPEG ID scan, each one a new applicant with a new
 * idempotency key. {@code bench.target=portal} posts to the portal's API ({@code /api/requests}: content check, store,
 * number, mail queued); {@code floor} posts the same body to the floor servlet. Only with {@code bench.receipts} (the
 * unmeasured warm-up) are each receipt's number and tracking code read from the answer and kept for P4: a measured run
 * checks the status only, for the portal as for the floor (reading the JSON doubled the load tool's CPU per portal
 * submission, on the same 2 cores).
 */
public class SubmitSimulation extends LoadSimulation {
    private final boolean portal = !"floor".equals(System.getProperty("bench.target"));
    private final long officeId = Long.getLong("bench.officeId");
    private final byte[] jpeg = read(Path.of(System.getProperty("bench.jpeg")));
    private final BufferedWriter receipts = portal && System.getProperty("bench.receipts") != null
            ? open(Path.of(System.getProperty("bench.receipts"))) : null;

    {
        HttpRequestActionBuilder post = http("submit").post(portal ? "/api/requests" : "/bench/floor")
                .header("Accept-Language", "id")
                .bodyPart(StringBodyPart("officeId", String.valueOf(officeId)))
                .bodyPart(StringBodyPart("submissionKey", "#{key}"));
        for (var field : MultipartBody.validFields("INFORMATION").entrySet()) {
            post = post.bodyPart(StringBodyPart(field.getKey(), field.getValue()));
        }
        post = post.bodyPart(ByteArrayBodyPart("idScan", jpeg).fileName("ktp.jpg").contentType("image/jpeg"))
                .asMultipartForm().check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"));
        if (receipts != null) {
            post = post.check(jsonPath("$.registrationNumber").optional().saveAs("number"),
                    jsonPath("$.trackingCode").optional().saveAs("code"));
        }
        ChainBuilder submit = exec(session -> session.set("key", UUID.randomUUID().toString()))
                .exec(post.ignoreProtocolChecks()).exec(this::receipt).exec(load::record);
        ScenarioBuilder scenario = load.perClient > 0
                ? scenario("submit").repeat(load.perClient).on(submit)
                : scenario("submit").forever().on(submit);
        run(scenario);
    }

    @Override
    public void after() {
        super.after();
        if (receipts != null) {
            try {
                receipts.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Session receipt(Session session) {
        if (receipts != null && session.contains("number") && session.contains("code")) {
            synchronized (receipts) {
                try {
                    receipts.write(session.getString("number") + "," + session.getString("code") + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return session.remove("number").remove("code");
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedWriter open(Path path) {
        try {
            boolean fresh = !Files.exists(path);
            BufferedWriter w = Files.newBufferedWriter(path, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            if (fresh) {
                w.write("number,code\n");
            }
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
