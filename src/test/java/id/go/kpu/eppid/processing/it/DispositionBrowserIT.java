package id.go.kpu.eppid.processing.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dispositions in headless Chromium, as officials of KPU Kota Kupang (REQ-4, REQ-5, ORG-3): the Chair disposes in
 * writing and prints the disposition sheet; an official not assigned cannot act; the assigned subdivision head
 * starts the analysis; a step from a stale page is refused; an oral disposition is recorded by the official who got it.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class DispositionBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private Browser second;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1280, 1000);
    }

    @AfterEach
    void close() {
        if (second != null) {
            second.close();
        }
        browser.close();
    }

    /** Submits an online request at Kupang and returns its registration number. */
    private String submit() throws Exception {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> r = api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id");
        assertEquals(201, r.statusCode(), r.body());
        return PortalApi.json(r).getString("registrationNumber");
    }

    /** The request's id, as its office's officers find it in the worklist API. */
    private long idOf(String number) throws Exception {
        PortalApi api = new PortalApi(base);
        JsonObject list = PortalApi.json(api.send(java.net.http.HttpRequest.newBuilder(
                api.uri("/api/staff/requests?q=" + number)).header("Authorization", PortalApi.basic("fo.kupang"))));
        return list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void theChairDisposesInWritingAndOnlyTheAssignedOfficialActsNext() throws Exception {
        String number = submit();
        long id = idOf(number);

        browser.signIn("ketua.kupang");
        browser.open("/staff/request.xhtml?id=" + id);
        assertTrue(browser.text("#assignee").contains("belum didisposisikan"));
        browser.click(css("act:dispose"));
        browser.waitForText("#field-toOfficial", "Wajib diisi");
        browser.choose("act:toOfficial", "Demo kasubag kupang — Kepala Subbagian");
        browser.choose("act:priority", "Segera");
        browser.type(css("act:instructions"), "Siapkan data DPT per kelurahan dan konsultasikan dengan Divisi Data.");
        browser.screenshot("disposition-01-chair");
        browser.click(css("act:dispose"));
        browser.waitForText("#assignee", "Demo kasubag kupang");
        assertTrue(browser.pageText().contains("Permohonan didisposisikan."), browser.pageText());
        assertTrue(browser.text("#dispositions").contains("Disposisi tertulis · Segera"));

        HttpResponse<byte[]> sheet = browser.download(browser.find("#dispositions a.sheet-link").getAttribute("href"));
        assertEquals(200, sheet.statusCode());
        Files.write(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "disposition-sheet.pdf"),
                sheet.body());
        String text = new PdfTextExtractor(new PdfReader(sheet.body())).getTextFromPage(1);
        assertTrue(text.contains("LEMBAR DISPOSISI") && text.contains(number) && text.contains("Demo kasubag kupang")
                && text.contains("Segera"), text);

        // ORG-3: a staff member who was not assigned has no step to take
        browser.clearSession();
        browser.signIn("staf.kupang");
        browser.open("/staff/request.xhtml?id=" + id);
        assertTrue(browser.exists("#noActions"), "an official not assigned cannot act");

        // the assigned subdivision head starts the analysis; the same step from a stale page is refused
        browser.clearSession();
        browser.signIn("kasubag.kupang");
        browser.open("/staff/request.xhtml?id=" + id);
        second = new Browser(base.toString(), 1280, 1000);
        second.signIn("kasubag.kupang");
        second.open("/staff/request.xhtml?id=" + id);
        second.click(css("act") + " button.move-START_ANALYSIS");
        second.waitForText(".status", "Sedang dianalisis");
        browser.click(css("act") + " button.move-START_ANALYSIS");
        browser.waitForText("#pageMessages", "tidak dapat dilakukan pada status \"Sedang dianalisis\"");
        browser.screenshot("disposition-02-stale-step-refused");
        browser.open("/staff/request.xhtml?id=" + id);
        assertTrue(browser.text("#history").contains("Sedang dianalisis"), browser.text("#history"));
        assertFalse(browser.exists(css("act") + " button.move-START_ANALYSIS"));
    }

    @Test
    void anOralDispositionIsRecordedByTheOfficialWhoReceivedIt() throws Exception {
        long id = idOf(submit());
        browser.signIn("kasubag.kupang");
        browser.open("/staff/request.xhtml?id=" + id);
        browser.choose("act:fromOfficial", "Demo sekretaris kupang — Sekretaris");
        browser.type(css("act:oralInstructions"), "Berikan salinan data yang tersedia hari ini.");
        browser.click(css("act:recordOral"));
        browser.waitForText("#assignee", "Demo kasubag kupang");
        assertTrue(browser.text("#dispositions").contains("Disposisi lisan"));
        assertTrue(browser.text("#dispositions").contains("Demo sekretaris kupang"));
        assertFalse(browser.exists("#dispositions a.sheet-link"), "an oral disposition has no sheet");
        assertFalse(browser.exists(css("act:recordOral")), "already theirs: nothing more to record");
        browser.screenshot("disposition-03-oral");

        // the workflow is explained, as a diagram, on the staff help page
        browser.click("#actions a.help-link");
        browser.waitForUrl("help/workflow.xhtml");
        assertTrue(browser.text("#workflowDiagram").contains("Sedang dianalisis"));
        browser.screenshot("disposition-04-help");

        // LAW-2: the Pasal 17 categories with the clause in Indonesian, and in English on the switch
        browser.click(css("exceptionsLink"));
        browser.waitForUrl("help/exceptions.xhtml");
        String categories = browser.text("#categories");
        assertTrue(categories.contains("Pasal 17 huruf h") && categories.contains("rahasia pribadi"), categories);
        assertTrue(categories.contains("Pasal 17 huruf j"), "a to j");
        browser.click(css("lang:en"));
        browser.waitForText("#categories", "personal secrets");
        browser.screenshot("disposition-05-exceptions-en");
    }
}
