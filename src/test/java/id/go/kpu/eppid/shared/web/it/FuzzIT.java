package id.go.kpu.eppid.shared.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestDatabase;
import id.go.kpu.eppid.testsupport.TestFiles;
import id.go.kpu.eppid.testsupport.WebSession;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, ASVS V5: every public field, of the API submission and the public complaint and tracking forms, gets
 * hostile text: very long values, odd encodings and control characters, SQL, HTML/script, EL and format-string
 * injections. No answer may be a server error; what is stored is shown on the staff pages as text, never as markup
 * and never evaluated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    /** Markup that must never reach a staff page unescaped. */
    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String EL = "#{7*191919}${7*191919}";

    static final List<String> PAYLOADS = List.of(
            "", " ", "a".repeat(300), "b".repeat(5000), "\u00e9\u00e8\u00ea".repeat(1500), "😀🇮🇩".repeat(100),
            "\u202Ekiri ke kanan", "nol\u0000byte", "baris\r\nSet-Cookie: x=y", "tab\tdan\u0007bel", "\uFEFFbom",
            "' OR '1'='1", "1; DROP TABLE service_request; --", "\" OR \"\"=\"", "1' UNION SELECT password_hash FROM "
                    + "staff_account --", "\\' \\\" \\\\ %_",
            SCRIPT, IMG, "<svg/onload=alert(1)>", "javascript:alert(1)", "</textarea><script>alert(1)</script>",
            EL, "#{facesContext.externalContext.sessionMap}", "%s%s%n%x {0} {1,number}", "../../../../etc/passwd",
            "-1", "0", "99999999999999999999999", "1e308", "NaN", "null", "{\"a\":1}", "<![CDATA[x]]>",
            "&lt;b&gt;&amp;", "%00%0d%0a", "\uD800");

    /** A valid request's fields (with an institution and a submission key to fuzz as well). */
    static final Map<String, String> VALID = new LinkedHashMap<>(MultipartBody.validFields("INFORMATION"));

    static {
        VALID.put("institutionName", "");
        VALID.put("submissionKey", "");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyApiFieldTakesHostileTextWithoutAServerErrorAndStaffPagesShowItAsText() throws Exception {
        PortalApi api = new PortalApi(base);
        String kupang = String.valueOf(api.officeId("5371"));
        List<String> fields = new ArrayList<>(VALID.keySet());
        fields.add(0, "officeId");
        List<String> errors = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        int tried = 0;
        int refused = 0;
        for (String field : fields) {
            for (String payload : PAYLOADS) {
                MultipartBody body = new MultipartBody().field("officeId", field.equals("officeId") ? payload : kupang);
                VALID.forEach((k, v) -> body.field(k, k.equals(field) ? payload : v.isEmpty() && k.equals(
                        "submissionKey") ? "fuzz-" + field + "-" + PAYLOADS.indexOf(payload) : v));
                body.file("idScan", "ktp.jpg", "image/jpeg", TestFiles.smallJpeg());
                HttpResponse<String> r = api.submit(body, "id");
                tried++;
                if (r.statusCode() >= 500 || r.statusCode() < 200) {
                    errors.add(field + "=" + abbreviate(payload) + " → " + r.statusCode() + " " + r.body());
                } else if (r.statusCode() == 201) {
                    stored.add(PortalApi.json(r).getString("registrationNumber"));
                } else {
                    refused++;
                    assertFalse(PortalApi.json(r).getString("message", "").isBlank(), field + " refusal says why");
                }
            }
        }
        System.out.printf(Locale.ROOT, "API fuzzing: tried %d, stored %d, refused %d, errors %d%n", tried,
                stored.size(), refused, errors.size());
        assertEquals(List.of(), errors, "no server error");

        WebSession ppid = new WebSession(base).login("ppid.kupang");
        int pages = 0;
        for (String number : stored) {
            long id = requestId(number);
            HttpResponse<String> page = ppid.get("/staff/request.xhtml?id=" + id);
            assertEquals(200, page.statusCode(), number);
            assertShownAsText(number, page.body());
            pages++;
        }
        HttpResponse<String> worklist = ppid.get("/staff/requests.xhtml");
        assertEquals(200, worklist.statusCode());
        assertShownAsText("worklist", worklist.body());
        assertTrue(pages > 20, "hostile text stored and shown on " + pages + " request pages");
    }

    @Test
    void publicFormsTakeHostileTextWithoutAServerErrorAndTheChairSeesItAsText() throws Exception {
        PortalApi api = new PortalApi(base);
        String kupang = String.valueOf(api.officeId("5371"));
        List<String> errors = new ArrayList<>();
        int tried = 0;
        for (String payload : PAYLOADS) {
            for (String field : List.of("cmp:complaintText", "cmp:complaintName", "cmp:complaintContact")) {
                WebSession visitor = new WebSession(base);
                visitor.get("/complaint.xhtml");
                Map<String, String> values = new LinkedHashMap<>();
                values.put("cmp:complaintOffice_input", kupang);
                values.put("cmp:complaintKind", "COMPLAINT");
                values.put("cmp:complaintText", "Keluhan fuzz");
                values.put(field, payload);
                HttpResponse<String> r = visitor.post("/complaint.xhtml", "cmp", values, "cmp:sendComplaint", null);
                tried++;
                if (r.statusCode() >= 500) {
                    errors.add(field + "=" + abbreviate(payload) + " → " + r.statusCode());
                }
            }
            WebSession tracker = new WebSession(base).forwardedFor("203.0.113.20"); // its own tracking limit
            tracker.get("/track.xhtml");
            HttpResponse<String> t = tracker.post("/track.xhtml", "track",
                    Map.of("track:number", payload, "track:code", payload), "track:find", null);
            tried++;
            if (t.statusCode() >= 500) {
                errors.add("track=" + abbreviate(payload) + " → " + t.statusCode());
            }
            HttpResponse<String> office = api.send(HttpRequest.newBuilder(api.uri("/api/offices/"
                    + URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20"))));
            tried++;
            if (office.statusCode() >= 500) {
                errors.add("office=" + abbreviate(payload) + " → " + office.statusCode());
            }
        }
        System.out.printf(Locale.ROOT, "Form fuzzing: tried %d, errors %d%n", tried, errors.size());
        assertEquals(List.of(), errors, "no server error");

        WebSession chair = new WebSession(base).login("ketua.kupang");
        HttpResponse<String> complaints = chair.get("/staff/complaints.xhtml");
        assertEquals(200, complaints.statusCode());
        assertTrue(complaints.body().contains("&lt;script&gt;alert"), "the stored script is shown as text");
        assertShownAsText("complaints", complaints.body());
    }

    /** No payload markup is live in the page, and no EL in stored text was evaluated. */
    private static void assertShownAsText(String what, String html) {
        assertFalse(html.contains("<script>alert"), what + ": live script");
        assertFalse(html.contains("<img src=x onerror"), what + ": live image handler");
        assertFalse(html.contains("<svg/onload"), what + ": live svg handler");
        assertFalse(html.contains("1343433"), what + ": EL evaluated (7*191919)");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    private static long requestId(String number) throws Exception {
        return TestDatabase.number("select id from service_request where registration_number = ?", number);
    }
}
