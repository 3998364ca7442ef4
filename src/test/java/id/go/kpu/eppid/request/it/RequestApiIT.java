package id.go.kpu.eppid.request.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static id.go.kpu.eppid.testsupport.PortalApi.basic;
import static id.go.kpu.eppid.testsupport.PortalApi.json;

/**
 * The REST API from outside: submission with the same checks as the form, tracking without personal data, and the
 * staff worklist scoped to the caller's office (ORG-2) for every staff API path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalApi api;

    private PortalApi api() {
        if (api == null) {
            api = new PortalApi(base);
        }
        return api;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return api().send(request);
    }

    private URI uri(String path) {
        return api().uri(path);
    }

    private JsonObject submit(MultipartBody body) throws Exception {
        HttpResponse<String> r = api().submit(body, "id");
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    @Test
    void submitTrackAndSeeItOnlyInTheOwnOffice() throws Exception {
        long kupang = api().officeId("5371");
        JsonObject created = submit(MultipartBody.validRequest(kupang, "INFORMATION", TestFiles.smallJpeg()));
        String number = created.getString("registrationNumber");
        String code = created.getString("trackingCode");
        assertTrue(number.startsWith("PI-5371-"), number);

        HttpResponse<String> tracked = send(HttpRequest.newBuilder(uri("/api/requests/track"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}")));
        assertEquals(200, tracked.statusCode(), tracked.body());
        assertEquals("RECEIVED", json(tracked).getString("status"));
        for (String secret : new String[] {"5371011203900001", "081237264642", "+6281237264642", "Timor Raya", "ktp.jpg"}) {
            assertFalse(tracked.body().contains(secret), "tracking shows no personal data: " + secret);
        }
        HttpResponse<String> wrongCode = send(HttpRequest.newBuilder(uri("/api/requests/track"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"" + number + "\",\"code\":\"AAAAAAAAAA\"}")));
        assertEquals(404, wrongCode.statusCode());
        assertEquals("NOT_FOUND", json(wrongCode).getString("code"));

        // the own office's officer finds it in the list and opens it
        HttpResponse<String> list = send(HttpRequest.newBuilder(uri("/api/staff/requests?q=" + number))
                .header("Authorization", basic("fo.kupang")));
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(1, json(list).getInt("total"));
        JsonObject item = json(list).getJsonArray("items").getJsonObject(0);
        long id = item.getJsonNumber("id").longValue();
        assertEquals(number, item.getString("registrationNumber"));
        assertEquals("RECEIVED", item.getString("status"));
        assertTrue(item.getString("applicantDisplay").startsWith(item.getString("applicantName")), item.toString());
        assertFalse(item.containsKey("getApplicantDisplay"), "properties named as such: " + item);
        HttpResponse<String> detail = send(HttpRequest.newBuilder(uri("/api/staff/requests/" + id))
                .header("Authorization", basic("ppid.kupang")));
        assertEquals(200, detail.statusCode(), detail.body());
        assertEquals(number, json(detail).getString("registrationNumber"));

        // another office's officer: not in the list, and the detail is "not found" (ORG-2)
        HttpResponse<String> otherList = send(HttpRequest.newBuilder(uri("/api/staff/requests?q=" + number))
                .header("Authorization", basic("fo.mesuji")));
        assertEquals(200, otherList.statusCode());
        assertEquals(0, json(otherList).getInt("total"));
        assertFalse(otherList.body().contains(number));
        HttpResponse<String> otherDetail = send(HttpRequest.newBuilder(uri("/api/staff/requests/" + id))
                .header("Authorization", basic("fo.mesuji")));
        assertEquals(404, otherDetail.statusCode());
        HttpResponse<String> provinceDetail = send(HttpRequest.newBuilder(uri("/api/staff/requests/" + id))
                .header("Authorization", basic("fo.ntt")));
        assertEquals(404, provinceDetail.statusCode(), "the province does not see the city's requests either");

        // a role that does not work on requests, no credentials, wrong password
        assertEquals(403, send(HttpRequest.newBuilder(uri("/api/staff/requests"))
                .header("Authorization", basic("pamdal.kupang"))).statusCode());
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/staff/requests")));
        assertEquals(401, anonymous.statusCode());
        assertEquals("UNAUTHORIZED", json(anonymous).getString("code"));
        assertEquals(401, send(HttpRequest.newBuilder(uri("/api/staff/requests/" + id))
                .header("Authorization", basic("fo.kupang", "salah")))
                .statusCode());
    }

    @Test
    void rejectsAnExecutableNamedLikeAPhotoAndListsEveryProblem() throws Exception {
        MultipartBody body = new MultipartBody()
                .field("officeId", "999999")
                .field("kind", "INFORMATION")
                .field("applicantType", "INDIVIDUAL")
                .field("idType", "NIK")
                .field("idNumber", "123")
                .field("phone", "12")
                .file("idScan", "ktp.jpg", "image/jpeg", TestFiles.windowsExecutable());
        HttpResponse<String> r = api().submit(body, "en");
        assertEquals(422, r.statusCode(), r.body());
        JsonObject error = json(r);
        assertEquals("INVALID_INPUT", error.getString("code"));
        String problems = error.getJsonArray("problems").toString();
        assertTrue(problems.contains("\"field\":\"idScan\"") && problems.contains("upload.rejectedType"), problems);
        assertTrue(problems.contains("application/x-msdownload") || problems.contains("application/x-dosexec"),
                "the message names what was detected: " + problems);
    }

    @Test
    void theConfirmationMailReachesTheApplicantOverSmtp() throws Exception {
        // The test server sends to 127.0.0.1:3025 (PORTAL_MAIL_HOST/PORT in the pom): a real SMTP conversation.
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long kupang = api().officeId("5371");
            JsonObject created = submit(MultipartBody.validRequest(kupang, "INFORMATION", TestFiles.smallJpeg()));
            String number = created.getString("registrationNumber");
            MimeMessage mail = null;
            long deadline = System.currentTimeMillis() + 90_000;
            while (mail == null && System.currentTimeMillis() < deadline) {
                smtp.waitForIncomingEmail(5_000, 1);
                for (MimeMessage m : smtp.getReceivedMessages()) {
                    if (m.getSubject().contains(number)) {
                        mail = m;
                    }
                }
            }
            assertTrue(mail != null, "no confirmation mail for " + number);
            assertEquals("yohanes@example.org", mail.getAllRecipients()[0].toString());
            String body = GreenMailUtil.getBody(mail);
            assertTrue(body.contains(created.getString("trackingCode")), body);
            assertFalse(body.contains("5371011203900001"), "no NIK in mail");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost()
                + ":" + base.getPort() + "/openapi")));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/requests") || r.body().contains("/requests"), r.body());
        assertTrue(r.body().contains("e-PPID KPU API"));
    }
}
