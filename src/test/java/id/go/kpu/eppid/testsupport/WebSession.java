package id.go.kpu.eppid.testsupport;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less visitor with its own cookies, for tests that need many requests fast (access matrix, headers,
 * CSRF): GETs pages without following redirects and posts Faces forms with the view state and PrimeFaces nonce of
 * the page it last got, as the browser would.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** PrimeFaces' script nonce of the page; its CSP mode refuses a post without it (a second CSRF token). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final String root;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String lastPage = "";
    private String forwardedFor;

    public WebSession(URL base) {
        this.root = base.toString().replaceAll("/$", "");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI uri(String path) {
        return URI.create(root + path);
    }

    /** GETs a path (no redirect followed); the body becomes the page whose view state the next post uses. */
    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET());
        lastPage = r.body();
        return r;
    }

    /**
     * Sends every later request as if through the test's reverse proxy for this client address (the tests run with
     * {@code PORTAL_TRUSTEDPROXIES=127.0.0.1}): a test that spends a per-client limit spends its own client's, not the
     * limit of 127.0.0.1 that the other test classes on the same server use.
     */
    public WebSession forwardedFor(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The view state of the page last got (null when it had none). */
    public String viewState() {
        Matcher m = VIEW_STATE.matcher(lastPage);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Posts a Faces form of the page last got: {@code fields} by their client ids, the form's own marker, the button
     * pressed and the view state ({@code viewState} null = the page's own).
     */
    public HttpResponse<String> post(String path, String form, Map<String, String> fields, String button,
            String viewState) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        if (button != null) {
            all.put(button, "");
        }
        String state = viewState != null ? viewState : viewState();
        if (state != null) {
            all.put("jakarta.faces.ViewState", state);
        }
        Matcher nonce = NONCE.matcher(lastPage);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        lastPage = r.body();
        return r;
    }

    /** Signs in through the login page; returns the response (a redirect into the staff area on success). */
    public HttpResponse<String> login(String user, String password) throws Exception {
        get("/login.xhtml");
        return post("/login.xhtml", "login", Map.of("login:username", user, "login:password", password),
                "login:submit", null);
    }

    /** Signs in with the demo password and checks it worked. */
    public WebSession login(String user) throws Exception {
        HttpResponse<String> r = login(user, PortalApi.DEMO_PASSWORD);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || !location.contains("/staff/")) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + location);
        }
        return this;
    }

    /** The session cookie's value, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
