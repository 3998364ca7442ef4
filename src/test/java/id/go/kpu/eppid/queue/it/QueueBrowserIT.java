package id.go.kpu.eppid.queue.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static id.go.kpu.eppid.testsupport.PortalApi.basic;
import static id.go.kpu.eppid.testsupport.PortalApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.queue.domain.QueueDurations;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.PortalApi;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two officers of KPU Kota Kupang at Meja 1 and Meja 2 issue and call tickets in headless Chromium (Bahasa
 * Indonesia) while the waiting-room display, a third browser, shows every call within 2 seconds. The waiting and
 * service times on the console and in the day list match the stored timestamps. Screenshots: target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class QueueBrowserIT {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm.ss");
    private static final String DESK2_USER = "hd-koordinator-harian.kupang";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser desk1;
    private Browser desk2;
    private Browser display;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {desk1, desk2, display}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void twoDesksCallAndTheDisplayShowsEveryCallWithinTwoSeconds() throws Exception {
        PortalApi api = new PortalApi(base);
        drain(api);

        desk1 = signedIn("fo.kupang");
        desk2 = signedIn(DESK2_USER);
        display = new Browser(base.toString(), 1600, 900);
        display.open("/queue/display.xhtml?office=5371");
        display.waitForText("#zone", "WITA");
        assertTrue(display.pageText().contains("Komisi Pemilihan Umum Kota Kupang"));
        assertTrue(display.pageText().contains("Jika tidak ada antrian, langsung menuju meja layanan"));

        desk1.choose("q:desk", "Meja 1");
        desk1.waitForText("#deskServices", "Layanan Informasi");
        desk2.choose("q:desk", "Meja 2");
        desk2.waitForText("#deskServices", "Konsultasi");

        // issuing: seed 002's rule on the ticket
        String a1 = issue(desk1, "q:issueA");
        assertTrue(desk1.text("#issuedAdvice").contains("langsung menuju Meja 1"), desk1.text("#issuedAdvice"));
        String a2 = issue(desk1, "q:issueA");
        assertEquals("1 orang di depan Anda, silakan menunggu di ruang tunggu dan tunggu dipanggil.",
                desk1.text("#issuedAdvice"));
        pickPriority(desk1, "Lansia");
        String b1 = issue(desk1, "q:issueB");
        assertTrue(b1.startsWith("B-") && a1.startsWith("A-") && !a1.equals(a2), a1 + " " + a2 + " " + b1);
        assertTrue(desk1.pageText().contains("Lansia"));
        desk1.screenshot("queue-01-issued");

        // Meja 1 calls: the elderly visitor first; the display shows it within 2 s
        desk1.click(css("q:callNext"));
        desk1.waitForText("#currentNumber", b1);
        shownWithinTwoSeconds(b1, "Meja 1");
        // Meja 2 calls the next: the first general ticket
        desk2.click(css("q:callNext"));
        desk2.waitForText("#currentNumber", a1);
        shownWithinTwoSeconds(a1, "Meja 2");
        display.waitForText("#desks", b1);
        display.screenshot("queue-02-display-two-desks");

        JsonObject b1Stored = ticket(api, b1);
        assertEquals(clock(b1Stored.getString("issuedAt")), desk1.text("#currentIssued"));
        assertEquals(clock(b1Stored.getString("firstCalledAt")), desk1.text("#currentFirstCalled"));
        assertEquals(QueueDurations.format(Duration.ofSeconds(b1Stored.getJsonNumber("waitingSeconds").longValue())),
                desk1.text("#currentWaiting"));
        assertEquals(QueueDurations.format(Duration.between(Instant.parse(b1Stored.getString("issuedAt")),
                Instant.parse(b1Stored.getString("firstCalledAt")))), desk1.text("#currentWaiting"));

        // Meja 1 serves and finishes, then calls the next general ticket
        desk1.click(css("q:start"));
        desk1.waitForText("#currentStatus", "Sedang dilayani");
        desk1.screenshot("queue-03-console-serving");
        desk1.click(css("q:finish"));
        desk1.find("#deskEmpty");
        desk1.click(css("q:callNext"));
        desk1.waitForText("#currentNumber", a2);
        shownWithinTwoSeconds(a2, "Meja 1");

        // Meja 2 calls its ticket again: the display shows it again
        desk2.click(css("q:recall"));
        desk2.waitForText("#currentCalls", "Dipanggil 2 kali");
        shownWithinTwoSeconds(a1, "Meja 2");
        // … then serves it and sends it to the SIPOL helpdesk
        desk2.click(css("q:start"));
        desk2.choose("q:transferTo", "Helpdesk SIPOL");
        desk2.click(css("q:transfer"));
        desk2.find("#deskEmpty");
        assertEquals("Menunggu", cell(desk2, ticket(api, a1), "col-status"));

        // Meja 1: the visitor of A-… did not come
        desk1.click(css("q:noShow"));
        desk1.find("#deskEmpty");
        ((org.openqa.selenium.JavascriptExecutor) desk1.driver())
                .executeScript("document.getElementById('q:tickets').scrollIntoView()");
        desk1.screenshot("queue-04-day-list");

        // the day list shows the stored times and durations
        JsonObject done = ticket(api, b1);
        assertEquals("DONE", done.getString("status"));
        assertEquals(clock(done.getString("issuedAt")), cell(desk1, done, "col-issued"));
        assertEquals(clock(done.getString("firstCalledAt")), cell(desk1, done, "col-first"));
        assertEquals(clock(done.getString("serviceStartedAt")), cell(desk1, done, "col-start"));
        assertEquals(clock(done.getString("serviceEndedAt")), cell(desk1, done, "col-end"));
        assertEquals(QueueDurations.format(Duration.ofSeconds(done.getJsonNumber("waitingSeconds").longValue())),
                cell(desk1, done, "col-waiting"));
        assertEquals(QueueDurations.format(Duration.between(Instant.parse(done.getString("serviceStartedAt")),
                Instant.parse(done.getString("serviceEndedAt")))), cell(desk1, done, "col-service"));
        assertNotEquals("", cell(desk1, done, "col-service"));

        display.waitForText("#waiting-SIPOL_HELPDESK", "1");
        display.screenshot("queue-05-display-after");

        // the printable ticket
        desk1.open("/staff/queue/ticket.xhtml?id=" + ticket(api, a1).getJsonNumber("id").longValue());
        assertEquals(a1, desk1.text("#ticketNumber"));
        assertTrue(desk1.text("#ticketTime").contains("WITA"), desk1.text("#ticketTime"));
        assertTrue(desk1.text("#ticketService").contains("Helpdesk SIPOL"));
        assertTrue(desk1.text("#ticketOffice").equalsIgnoreCase("Komisi Pemilihan Umum Kota Kupang"));
        assertTrue(desk1.text("#ticketRule").startsWith("Jika tidak ada antrian"));
        desk1.screenshot("queue-06-printable-ticket");
    }

    private Browser signedIn(String user) {
        Browser b = new Browser(base.toString(), 1366, 1000);
        b.open("/staff/queue.xhtml");
        b.waitForUrl("login.xhtml");
        b.signInHere(user);
        b.waitForUrl("staff/queue.xhtml");
        return b;
    }

    private static String issue(Browser b, String button) {
        String before = b.exists("#issuedNumber") ? b.text("#issuedNumber") : "";
        b.click(css(button));
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> {
            var e = d.findElements(By.id("issuedNumber"));
            return !e.isEmpty() && !e.get(0).getText().isBlank() && !e.get(0).getText().equals(before);
        });
        return b.text("#issuedNumber").trim();
    }

    private static void pickPriority(Browser b, String label) {
        for (WebElement option : b.driver().findElements(By.cssSelector(css("q:priority") + " .ui-button"))) {
            if (option.getText().trim().equals(label)) {
                option.click();
                return;
            }
        }
        throw new AssertionError("no priority " + label);
    }

    /** The display shows the call within 2 seconds of the desk's click having completed. */
    private void shownWithinTwoSeconds(String number, String desk) {
        WebDriverWait twoSeconds = new WebDriverWait(display.driver(), Duration.ofSeconds(2),
                Duration.ofMillis(50));
        twoSeconds.until(d -> number.equals(d.findElement(By.id("latestNumber")).getText().trim())
                && desk.equals(d.findElement(By.id("latestDesk")).getText().trim()));
        twoSeconds.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent"), number));
    }

    private static String clock(String instant) {
        return CLOCK.format(Instant.parse(instant).atZone(WITA));
    }

    /** A cell of the day list (read again if the 5-second refresh replaced the table meanwhile). */
    private static String cell(Browser b, JsonObject ticket, String column) {
        By cell = By.cssSelector("tr.ticket-" + ticket.getJsonNumber("id").longValue() + " td." + column);
        String text = new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(cell).getText());
        // reflow tables put the column title before the value in the same cell
        return text.contains("\n") ? text.substring(text.lastIndexOf('\n') + 1).trim() : text.trim();
    }

    /** Today's ticket of Kupang with this number, as stored (via the staff API). */
    private static JsonObject ticket(PortalApi api, String number) throws Exception {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/staff/queue/tickets"))
                .header("Authorization", basic("fo.kupang")));
        assertEquals(200, r.statusCode(), r.body());
        JsonArray tickets = json(r).getJsonArray("tickets");
        for (int i = 0; i < tickets.size(); i++) {
            if (number.equals(tickets.getJsonObject(i).getString("number"))) {
                return tickets.getJsonObject(i);
            }
        }
        throw new AssertionError("no ticket " + number);
    }

    /** Empties Kupang's queue and leaves its desks, so the test starts from a quiet waiting room. */
    private static void drain(PortalApi api) throws Exception {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/staff/queue/desks"))
                .header("Authorization", basic("fo.kupang")));
        assertEquals(200, r.statusCode(), r.body());
        JsonArray desks = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
        for (int i = 0; i < desks.size(); i++) {
            String path = "/api/staff/queue/desks/" + desks.getJsonObject(i).getJsonNumber("id").longValue() + "/";
            post(api, path + "finish");
            post(api, path + "no-show");
            while (post(api, path + "call-next") == 200) {
                assertEquals(200, post(api, path + "no-show"));
            }
            assertEquals(200, post(api, path + "close"));
        }
    }

    private static int post(PortalApi api, String path) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", basic("fo.kupang"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }
}
