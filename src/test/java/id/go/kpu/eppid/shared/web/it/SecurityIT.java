package id.go.kpu.eppid.shared.web.it;

import static id.go.kpu.eppid.testsupport.PortalApi.basic;
import static id.go.kpu.eppid.testsupport.PortalApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.web.SecurityHeadersFilter;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestDatabase;
import id.go.kpu.eppid.testsupport.TestFiles;
import id.go.kpu.eppid.testsupport.WebSession;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, ASVS V3/V11/V14: security headers on every kind of response (pages with a script nonce and no inline
 * handlers, API, files, errors, redirects), tracking with wrong codes limited per client, the session id renewed at
 * sign-in, Faces posts refused without the page's own view state, and Basic-auth guessing locked out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final Pattern CSP_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        WebSession visitor = new WebSession(base);
        WebSession staff = new WebSession(base).login("ppid.kupang");
        List<String> pages = List.of("/", "/index.xhtml", "/login.xhtml", "/track.xhtml", "/objection.xhtml",
                "/complaint.xhtml", "/statistics.xhtml", "/dip.xhtml", "/faq.xhtml", "/tidak-ada.xhtml");
        for (String path : pages) {
            HttpResponse<String> r = visitor.get(path);
            assertCommonHeaders(path, r);
            if (r.statusCode() == 200 || r.statusCode() == 404) {
                assertPagePolicy(path, r);
            }
        }
        for (String path : List.of("/staff/home.xhtml", "/staff/requests.xhtml", "/staff/tidak-ada.xhtml")) {
            HttpResponse<String> r = staff.get(path);
            assertCommonHeaders(path, r);
            assertPagePolicy(path, r);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
        }
        HttpResponse<String> redirect = visitor.get("/staff/requests.xhtml");
        assertEquals(302, redirect.statusCode());
        assertCommonHeaders("redirect to the login page", redirect);

        PortalApi api = new PortalApi(base);
        for (HttpRequest.Builder request : List.of(
                HttpRequest.newBuilder(api.uri("/api/offices/5371")),
                HttpRequest.newBuilder(api.uri("/api/staff/requests")),
                HttpRequest.newBuilder(api.uri("/api/staff/requests")).header("Authorization", basic("ppid.kupang")),
                HttpRequest.newBuilder(api.uri("/jakarta.faces.resource/css/portal.css.xhtml")),
                HttpRequest.newBuilder(api.uri("/api/requests")).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("bukan multipart")))) {
            HttpResponse<String> r = api.send(request);
            String what = request.build().uri().getPath() + " " + r.statusCode();
            assertCommonHeaders(what, r);
            assertEquals(SecurityHeadersFilter.NON_PAGE_POLICY,
                    r.headers().firstValue("Content-Security-Policy").orElse(""), what);
        }
        HttpResponse<String> receipt = visitor.get("/request/receipt.pdf?id=1");
        assertCommonHeaders("someone else's receipt PDF " + receipt.statusCode(), receipt);
    }

    /** The client whose tracking limit this test spends (through the test's proxy; see WebSession.forwardedFor). */
    private static final String CLIENT = "203.0.113.10";

    @Test
    void trackingWithWrongCodesIsLimitedPerClientAndRevealsNothing() throws Exception {
        PortalApi api = new PortalApi(base);
        JsonObject created = json(api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id"));
        String number = created.getString("registrationNumber");
        String code = created.getString("trackingCode");
        assertEquals(200, track(api, number, code).statusCode(), "the right code works, and costs no attempt");

        for (int i = 0; i < 10; i++) {
            String guessed = i % 2 == 0 ? number : number.replaceAll("\\d{6}$", "99999" + i);
            HttpResponse<String> wrong = track(api, guessed, "ABCDEFGH" + (20 + i));
            assertEquals(404, wrong.statusCode(), wrong.body());
            assertFalse(wrong.body().contains("Kupang") || wrong.body().contains(number),
                    "a wrong code tells nothing, not even whether the number exists: " + wrong.body());
        }
        HttpResponse<String> refused = track(api, number, code);
        assertEquals(429, refused.statusCode(), "the 11th lookup is refused even with the right code");
        assertTrue(json(refused).getString("message").contains("Terlalu banyak percobaan"), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        WebSession page = new WebSession(base).forwardedFor(CLIENT);
        page.get("/track.xhtml");
        HttpResponse<String> shown = page.post("/track.xhtml", "track",
                Map.of("track:number", number, "track:code", code), "track:find", null);
        assertTrue(shown.body().contains("Terlalu banyak percobaan dengan nomor atau kode yang salah"),
                "the tracking page says why, in Indonesian: " + shown.statusCode() + " " + shown.body());
        assertFalse(shown.body().contains("Riwayat status"), "no status history shown while refused");
    }

    @Test
    void signingInRenewsTheSessionAndFacesPostsNeedThePagesOwnViewState() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> loginPage = session.get("/login.xhtml");
        String before = session.sessionId();
        assertNotNull(before, "the login page opens a session (its view state lives there)");
        assertTrue(loginPage.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.contains("HttpOnly") && c.toLowerCase().contains("samesite=lax")),
                loginPage.headers().allValues("Set-Cookie").toString());

        WebSession forger = new WebSession(base);
        forger.get("/login.xhtml");
        HttpResponse<String> forged = forger.post("/login.xhtml", "login",
                Map.of("login:username", "ppid.kupang", "login:password", PortalApi.DEMO_PASSWORD), "login:submit",
                "-1234567890123456789:987654321");
        assertNotEquals(302, forged.statusCode(), "a post with a view state not issued to this session does nothing");
        assertEquals(302, forger.get("/staff/home.xhtml").statusCode(), "still signed out");

        HttpResponse<String> signedIn = session.post("/login.xhtml", "login",
                Map.of("login:username", "ppid.kupang", "login:password", PortalApi.DEMO_PASSWORD), "login:submit",
                null);
        assertEquals(302, signedIn.statusCode());
        assertNotEquals(before, session.sessionId(), "session fixation: a new session id after sign-in");
        assertEquals(200, session.get("/staff/home.xhtml").statusCode());
    }

    @Test
    void guessingAPasswordOverTheApiLocksTheAccount() throws Exception {
        PortalApi api = new PortalApi(base);
        String account = "ppid.cilacap"; // used by no other test: the lock-out is kept in the shared database
        HttpRequest.Builder right = HttpRequest.newBuilder(api.uri("/api/staff/requests"))
                .header("Authorization", basic(account));
        try {
            assertEquals(200, api.send(right).statusCode());
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = api.send(HttpRequest.newBuilder(api.uri("/api/staff/requests"))
                        .header("Authorization", basic(account, "tebakan-" + i)));
                assertEquals(401, wrong.statusCode());
            }
            assertEquals(401, api.send(right).statusCode(), "locked: the right password is refused for a while");
        } finally {
            TestDatabase.unlock(account);
        }
    }

    private static HttpResponse<String> track(PortalApi api, String number, String code) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri("/api/requests/track"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", CLIENT)
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"" + number + "\",\"code\":\"" + code
                        + "\"}")));
    }

    private static void assertCommonHeaders(String what, HttpResponse<String> r) {
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), what);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), what);
        List<String> policies = r.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": exactly one policy " + policies);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), what + " " + policies);
        assertTrue(r.headers().firstValue("Permissions-Policy").isPresent(), what);
    }

    /** A rendered page: the policy carries a nonce, every script carries it, no inline handler is left. */
    private static void assertPagePolicy(String what, HttpResponse<String> r) {
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = CSP_NONCE.matcher(policy);
        assertTrue(nonce.find(), what + ": page policy with a nonce: " + policy);
        assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        Matcher scripts = SCRIPT_TAG.matcher(r.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""),
                    what + ": script without the nonce: " + scripts.group());
        }
        assertTrue(count > 0, what + " has scripts");
        Matcher handler = INLINE_HANDLER.matcher(r.body());
        assertFalse(handler.find(), what + ": inline handler left: " + (handler.hitEnd() ? "" : handler.group()));
    }
}
