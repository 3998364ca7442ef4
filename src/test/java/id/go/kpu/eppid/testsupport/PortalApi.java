package id.go.kpu.eppid.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** The portal's REST API as tests call it from outside: offices, submissions, staff credentials. */
public final class PortalApi {

    /** Password of every demo account (DemoAccounts). */
    public static final String DEMO_PASSWORD = "Demo#2026";

    private final String root;
    private final HttpClient http;

    public PortalApi(URL base) {
        this(base.toString().replaceAll("/$", ""), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    private PortalApi(String root, HttpClient.Builder http) {
        this.root = root;
        this.http = http.build();
    }

    /**
     * The same API through a client that keeps the session cookie, as the pages do: a staff account that signs in
     * with HTTP Basic pays for checking its password (PBKDF2) once, not at every call. Use one per account: the
     * session, not a later call's credentials, says who calls.
     */
    public PortalApi withSession() {
        return new PortalApi(root, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()));
    }

    public URI uri(String path) {
        return URI.create(root + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The id of a demo office by its code (e.g. 5371 for KPU Kota Kupang). */
    public long officeId(String code) throws Exception {
        return json(send(HttpRequest.newBuilder(uri("/api/offices/" + code)))).getJsonNumber("id").longValue();
    }

    /** Submits through the API; returns the HTTP response as is. */
    public HttpResponse<String> submit(MultipartBody body, String language) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/requests"))
                .header("Content-Type", body.contentType()).header("Accept-Language", language)
                .POST(body.publisher()));
    }

    /**
     * The readiness checks at {@code /health/ready}, each name with its status ("UP" or "DOWN"), and under
     * {@code "http"} the status code of the answer (200 when all are up, 503 otherwise).
     */
    public Map<String, String> readiness() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/health/ready")));
        Map<String, String> checks = new TreeMap<>();
        checks.put("http", String.valueOf(r.statusCode()));
        for (JsonObject check : json(r).getJsonArray("checks").getValuesAs(JsonObject.class)) {
            checks.put(check.getString("name"), check.getString("status"));
        }
        return checks;
    }

    /**
     * The readiness checks once the named one has the given status, or after 10 s (a check's answer may be kept for
     * a few seconds).
     */
    public Map<String, String> readinessOnce(String check, String status) throws Exception {
        Map<String, String> checks = readiness();
        for (int tries = 0; !status.equals(checks.get(check)) && tries < 20; tries++) {
            Thread.sleep(500);
            checks = readiness();
        }
        return checks;
    }

    /** HTTP Basic header of a demo account. */
    public static String basic(String user) {
        return basic(user, DEMO_PASSWORD);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
