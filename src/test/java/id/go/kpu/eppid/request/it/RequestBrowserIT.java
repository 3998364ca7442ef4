package id.go.kpu.eppid.request.it;

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
import id.go.kpu.eppid.testsupport.PublicRequestForm;
import id.go.kpu.eppid.testsupport.TestDatabase;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A citizen and officers clicking through the real pages in headless Chromium, in Bahasa Indonesia, on a 360 px
 * wide phone (citizen) and a desktop (officers). Screenshots and the receipt PDF land in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class RequestBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 360, 1600);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** Fills the applicant and request fields of the form as a person would. */
    private void fillForm(String name, boolean information) {
        PublicRequestForm.fill(browser, name, information);
    }

    private void consentAndSubmit() {
        PublicRequestForm.consentAndSubmit(browser);
    }

    @Test
    void citizenSubmitsAnInformationRequestGetsAReceiptAndPdfAndTracksIt() throws Exception {
        browser.open("/index.xhtml");
        assertTrue(browser.pageText().contains("Permohonan Informasi dan Konsultasi"));
        browser.choose("choice:top", "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur");
        browser.choose("choice:child", "Komisi Pemilihan Umum Kota Kupang");
        browser.screenshot("01-home-choose-office");
        browser.click(css("choice:startInformation"));
        browser.waitForUrl("request/form.xhtml");
        assertTrue(browser.pageText().contains("Komisi Pemilihan Umum Kota Kupang"));

        fillForm("Maria Ndoen", true);
        browser.upload("req:idScan", browser.tempFile("ktp.jpg", TestFiles.jpeg(400, 250, 3)));
        browser.waitForText(css("req:idScanName"), "ktp.jpg");
        browser.screenshot("02-form-filled-phone");
        consentAndSubmit();
        browser.waitForUrl("request/receipt.xhtml");
        String number = browser.text("#registrationNumber");
        String code = browser.text("#trackingCode");
        assertTrue(number.matches("PI-5371-\\d{4}-\\d{6}"), number);
        assertTrue(code.matches("[A-Z2-9]{10}"), code);
        browser.screenshot("03-receipt-phone");

        HttpResponse<byte[]> pdf = browser.download(browser.find("#downloadPdf").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Path pdfFile = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "receipt.pdf");
        Files.write(pdfFile, pdf.body());
        String pdfText = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(pdfText.contains(number), pdfText);
        assertTrue(pdfText.contains("Maria Ndoen"));
        assertTrue(pdfText.contains("WITA"), "times in the office's zone: " + pdfText);

        browser.clearSession();
        browser.open("/track.xhtml?number=" + number);
        browser.type(css("track:code"), code);
        browser.click(css("track:find"));
        browser.waitForText("#trackedStatus", "Diterima");
        String tracked = browser.pageText();
        assertTrue(tracked.contains(number));
        for (String secret : new String[] {"5371015203900002", "0812", "El Tari", "ktp.jpg", "maria@example.org"}) {
            assertFalse(tracked.contains(secret), "tracking page shows no personal data: " + secret);
        }
        browser.screenshot("04-tracking-phone");
    }

    @Test
    void citizenSubmitsAConsultationRequest() {
        long mesuji = officeId("1811");
        browser.open("/request/form.xhtml?office=" + mesuji + "&kind=consultation");
        assertTrue(browser.pageText().contains("Formulir Permohonan Konsultasi"));
        assertFalse(browser.exists(css("req:obtainMethod")), "consultations ask no way to obtain information");
        fillForm("Budi Santoso", false);
        browser.upload("req:idScan", browser.tempFile("paspor.png", TestFiles.png()));
        browser.waitForText(css("req:idScanName"), "paspor.png");
        consentAndSubmit();
        browser.waitForUrl("request/receipt.xhtml");
        assertTrue(browser.text("#registrationNumber").startsWith("PK-1811-"));
    }

    @Test
    void anExecutableNamedKtpJpgIsRejectedAndNothingTypedIsLost() {
        long kupang = officeId("5371");
        browser.open("/request/form.xhtml?office=" + kupang + "&kind=information");
        fillForm("Yohanes Lau", true);
        browser.upload("req:idScan", browser.tempFile("ktp.jpg", TestFiles.windowsExecutable()));
        browser.waitForText(css("field-idScan"), "ditolak");
        String message = browser.text(css("field-idScan"));
        assertTrue(message.contains("application/x-msdownload") || message.contains("application/x-dosexec"),
                "names what was detected: " + message);
        browser.screenshot("05-rejected-executable");
        assertEquals("Yohanes Lau", browser.value(css("req:name")));
        assertEquals("5371015203900002", browser.value(css("req:idNumber")));
        assertEquals("Penelitian skripsi", browser.value(css("req:purpose")));

        // submitting without an accepted ID scan is refused with the reason, fields still kept
        consentAndSubmit();
        browser.waitForText(css("field-idScan"), "Unggah pindaian identitas");
        assertEquals("Yohanes Lau", browser.value(css("req:name")));
        assertTrue(browser.driver().getCurrentUrl().contains("request/form.xhtml"));

        // on a phone the form is far longer than the screen: a refused form scrolls up to its first marked field
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.type(css("req:name"), "");
        browser.upload("req:idScan", browser.tempFile("ktp.jpg", TestFiles.jpeg(400, 250, 11)));
        browser.waitForText(css("req:idScanName"), "ktp.jpg");
        PublicRequestForm.submit(browser);
        browser.waitForText(css("field-name"), "Wajib diisi");
        browser.waitForAnimations();
        browser.screenshot("05b-refused-scrolled-to-name");
        String onScreen = (String) ((JavascriptExecutor) browser.driver()).executeScript("var f = document"
                + ".getElementById('field-name').getBoundingClientRect(); return (f.top > -1 && f.bottom < window"
                + ".innerHeight + 1) + ' ' + f.top + '..' + f.bottom + ' of ' + window.innerHeight;");
        assertTrue(onScreen.startsWith("true"), "the name field, its label and its message on the screen: " + onScreen);
        assertEquals("5371015203900002", browser.value(css("req:idNumber")));
    }

    @Test
    void officersFindTheirOfficesRequestsAndNeverAnotherOffices() throws Exception {
        JsonObject created = submitByApi(officeId("5371"));
        String number = created.getString("registrationNumber");
        browser.close();
        browser = new Browser(base.toString(), 1366, 900);

        browser.open("/staff/requests.xhtml");
        browser.waitForUrl("login.xhtml");
        browser.signInHere("fo.kupang");
        browser.waitForUrl("staff/requests.xhtml");
        browser.type(css("wl:text"), number);
        browser.click(css("wl:apply"));
        browser.waitForText(css("wl:requests"), number);
        browser.screenshot("06-worklist-kupang");
        browser.click("a.reg-link");
        browser.waitForUrl("staff/request.xhtml");
        assertEquals(number, browser.text("#detailNumber"));
        assertTrue(browser.pageText().contains("5371011203900001"), "staff see the NIK");
        String detailUrl = browser.driver().getCurrentUrl();
        String fileUrl = browser.find("a.file-link").getAttribute("href");
        assertEquals(200, browser.download(fileUrl).statusCode());
        browser.open(detailUrl.substring(base.toString().replaceAll("/$", "").length()));
        assertTrue(browser.pageText().contains("Berkas dibuka"), "the ID scan view is in the audit trail");
        browser.screenshot("07-detail-kupang");
        browser.clickAndLoad(css("logoutForm:logout"));

        browser.open("/staff/requests.xhtml");
        browser.signInHere("fo.mesuji");
        browser.waitForUrl("staff/requests.xhtml");
        browser.type(css("wl:text"), number);
        browser.click(css("wl:apply"));
        browser.waitForText(css("wl:requests"), "Tidak ada permohonan yang sesuai");
        assertFalse(browser.text(css("wl:requests")).contains(number));
        browser.driver().get(detailUrl);
        assertTrue(browser.pageText().contains("Halaman tidak ditemukan"), "another office's request is not found");
        assertEquals(404, browser.download(fileUrl).statusCode(), "another office's file is not found");
        browser.screenshot("08-other-office-not-found");

        // a role without request work (security desk) is refused the request pages
        browser.open("/staff/home.xhtml");
        browser.clickAndLoad(css("logoutForm:logout"));
        browser.open("/staff/requests.xhtml");
        browser.signInHere("pamdal.kupang");
        browser.waitForUrl("staff/requests.xhtml");
        assertTrue(browser.pageText().contains("Akses ditolak"), browser.pageText());
        browser.open("/staff/home.xhtml");
        assertFalse(browser.exists("a.tile[href*='requests']"), "no worklist tile for the security desk");
        assertTrue(browser.exists("a.tile[href*='guests/new']"), "the security desk registers guests");
    }

    @Test
    void wrongPasswordsLockTheAccountAndTheSwitchShowsEnglish() throws Exception {
        browser.open("/login.xhtml");
        for (int i = 0; i < 5; i++) {
            browser.type(css("login:username"), "hd-petugas.kupang");
            browser.type(css("login:password"), "salah-" + i);
            browser.clickAndLoad(css("login:submit"));
        }
        assertTrue(browser.pageText().contains("Akun dikunci sementara"), browser.pageText());
        browser.type(css("login:username"), "hd-petugas.kupang");
        browser.type(css("login:password"), PortalApi.DEMO_PASSWORD);
        browser.clickAndLoad(css("login:submit"));
        assertTrue(browser.pageText().contains("Akun dikunci sementara"), "locked even with the right password");

        browser.click(css("lang:en"));
        assertTrue(browser.pageText().contains("Staff sign-in"), browser.pageText());
        assertEquals("en", browser.find("html").getAttribute("lang"));
        TestDatabase.unlock("hd-petugas.kupang"); // later test classes share the database
    }

    private long officeId(String code) {
        try {
            return new PortalApi(base).officeId(code);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject submitByApi(long officeId) throws Exception {
        HttpResponse<String> r = new PortalApi(base)
                .submit(MultipartBody.validRequest(officeId, "INFORMATION", TestFiles.smallJpeg()), "id");
        assertEquals(201, r.statusCode(), r.body());
        return PortalApi.json(r);
    }
}
