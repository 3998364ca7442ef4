package id.go.kpu.eppid.dip.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * Public transparency in headless Chromium (LAW-4, REQ-10): the service statistics of KPU Kota Kupang and nationally,
 * with no personal data; the list of public information (DIP) searched in Indonesian, an ended exception flagged;
 * the PPID adding an excepted entry (a temporary category needs its end date); the staff IKM and annual report pages.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class TransparencyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1400, 1400);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theStatisticsShowTheRegisterWithoutPersonalData() throws Exception {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> submitted = api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String number = PortalApi.json(submitted).getString("registrationNumber");

        browser.open("/index.xhtml");
        browser.click("#statisticsFooterLink");
        browser.waitForUrl("statistics.xhtml");
        assertTrue(browser.text("#statsOffice").contains("Republik Indonesia"), browser.text("#statsOffice"));
        int national = Integer.parseInt(browser.text("#statReceived"));
        assertTrue(national >= 1, "the request just submitted counts nationally");
        browser.clickAndLoad("#statsChoice a.office-link[href*='office=53&']");
        assertTrue(browser.text("#statsOffice").contains("Nusa Tenggara Timur"));
        browser.clickAndLoad("#statsChoice a.office-link[href*='office=5371&']");
        assertTrue(browser.text("#statsOffice").contains("Kota Kupang"));
        assertTrue(Integer.parseInt(browser.text("#statReceived")) >= 1);
        assertTrue(browser.text("#monthChart").contains(LocalDate.now().format(DateTimeFormatter.ofPattern("MMM",
                java.util.Locale.forLanguageTag("id")))));
        String page = browser.pageText();
        assertFalse(page.contains(number) || page.contains("Yohanes") || page.contains("0812"),
                "no registration number, name or phone on the public page");
        browser.screenshot("transparency-01-statistics");
    }

    @Test
    void theListOfPublicInformationIsSearchedInIndonesian() throws Exception {
        browser.open("/dip.xhtml?office=5371");
        assertTrue(browser.text("#dipOffice").contains("Kota Kupang"));
        // "menghitung" and "penghitungan" share the stem "hitung"
        browser.type(css("pdip:query"), "menghitung suara");
        browser.click(css("pdip:search"));
        browser.waitForText(css("pdip:entries"), "Rekapitulasi hasil penghitungan suara Pemilu 2024");
        assertFalse(browser.text(css("pdip:entries")).contains("Laporan realisasi anggaran"));
        browser.screenshot("transparency-02-dip-search");

        browser.type(css("pdip:query"), "");
        browser.choose("pdip:category", "Informasi yang dikecualikan");
        browser.click(css("pdip:search"));
        browser.waitForText(css("pdip:entries"), "Data pribadi pemilih");
        String excepted = browser.text(css("pdip:entries"));
        assertTrue(excepted.contains("Pasal 17 huruf h") && excepted.contains("Uji konsekuensi"), excepted);
        assertTrue(excepted.contains("Pasal 17 huruf a") && excepted.contains("perlu ditinjau"),
                "the ended exception (Pasal 20) is flagged: " + excepted);
        assertFalse(excepted.contains("Daftar pemilih tetap"));
        browser.screenshot("transparency-03-dip-excepted");

        // the PPID adds an excepted entry: huruf b is temporary, so its end date is required
        browser.signIn("ppid.kupang");
        browser.click("#navDip");
        browser.waitForUrl("staff/dip.xhtml");
        assertTrue(browser.text("#dipReview").contains("Berkas laporan dugaan tindak pidana pemilu"));
        browser.click(css("dip:entryBox") + " legend");
        browser.choose("dip:dipCategory", "Informasi yang dikecualikan");
        browser.type(css("dip:dipTitle"), "Dokumen penawaran pengadaan logistik (uji)");
        browser.type(css("dip:dipSummary"), "Dokumen penawaran harga penyedia logistik pemilu.");
        browser.type(css("dip:dipResponsible"), "Kepala Subbagian Keuangan, Umum dan Logistik");
        browser.type(css("dip:dipFormat"), "PDF");
        browser.type(css("dip:dipRetention"), "5 tahun");
        browser.type(css("dip:dipLink"), "javascript:alert(1)");
        browser.choose("dip:dipException", "Pasal 17 huruf b");
        browser.type(css("dip:dipConsequence"), "Membuka penawaran dapat mengganggu persaingan usaha yang sehat.");
        browser.click(css("dip:saveEntry"));
        browser.waitForText("#field-dipUntil", "tidak permanen");
        assertTrue(browser.text("#field-dipLink").contains("diawali http:// atau https://"));
        assertEquals("Dokumen penawaran pengadaan logistik (uji)", browser.value(css("dip:dipTitle")));
        browser.retype(css("dip:dipLink"), "https://lpse.kpu.go.id/");
        browser.type(css("dip:dipUntil_input"), "31/12/" + (LocalDate.now().getYear() + 1));
        browser.upload("dip:dipDocument", browser.tempFile("penawaran.pdf", TestFiles.pdf()));
        browser.waitForText(css("dip:dipDocumentBox"), "penawaran.pdf");
        browser.click(css("dip:saveEntry"));
        browser.waitForText("#dipEntries", "Dokumen penawaran pengadaan logistik (uji)");
        browser.screenshot("transparency-04-dip-staff");
        // the excepted entry's document is the office's: its staff download it, nobody else
        String document = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#dipEntries article"))
                .stream().filter(a -> a.getText().contains("Dokumen penawaran pengadaan logistik (uji)")).findFirst()
                .orElseThrow().findElement(org.openqa.selenium.By.cssSelector("a.dip-document")).getAttribute("href");
        assertEquals(200, browser.download(document).statusCode());
        browser.clearSession();
        assertEquals(404, browser.download(document).statusCode());

        browser.open("/dip.xhtml?office=5371");
        browser.type(css("pdip:query"), "penawaran logistik");
        browser.click(css("pdip:search"));
        browser.waitForText(css("pdip:entries"), "Dokumen penawaran pengadaan logistik (uji)");
        assertTrue(browser.text(css("pdip:entries")).contains("Pasal 17 huruf b"));
        assertFalse(browser.exists("#pdip\\:entries a.dip-document"), "no download of an excepted document");
    }

    @Test
    void theChairSeesTheSatisfactionIndexAndTheAnnualReport() throws Exception {
        browser.signIn("ketua.kupang");
        browser.click("#navIkm");
        browser.waitForUrl("staff/ikm.xhtml");
        assertTrue(browser.exists("#ikm"));
        browser.screenshot("transparency-05-ikm");
        browser.click("#navReports");
        browser.waitForUrl("staff/reports.xhtml");
        assertTrue(browser.text("#reportSummary").contains("Permohonan informasi diterima"));
        HttpResponse<byte[]> pdf = browser.download(browser.find(css("reportPdf")).getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("annual-report.pdf"), pdf.body());
        HttpResponse<byte[]> xlsx = browser.download(browser.find(css("reportXlsx")).getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        browser.screenshot("transparency-06-annual-report");
    }

    @Test
    void aComplaintReachesTheChairAndIsAnswered() {
        browser.open("/complaint.xhtml?office=5371");
        browser.click(css("cmp:sendComplaint"));
        browser.waitForText("#field-complaintText", "Wajib diisi");
        browser.radio("cmp:complaintKind", "Saran");
        browser.type(css("cmp:complaintText"), "Mohon jam layanan PPID diperpanjang sampai sore pada masa tahapan.");
        browser.type(css("cmp:complaintContact"), "warga.kupang@example.org");
        browser.click(css("cmp:sendComplaint"));
        browser.waitForText("#complaintSent", "PG-5371-");
        String sent = browser.text("#complaintSent");
        String number = sent.substring(sent.indexOf("PG-5371-"), sent.indexOf("PG-5371-") + 17);
        browser.screenshot("transparency-07-complaint");

        browser.signIn("ketua.kupang");
        browser.click("#navComplaints");
        browser.waitForUrl("staff/complaints.xhtml");
        assertTrue(browser.text("#complaints").contains(number) && browser.text("#complaints")
                .contains("jam layanan PPID diperpanjang"), browser.text("#complaints"));
        String form = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#complaints article")).stream()
                .filter(a -> a.getText().contains(number)).findFirst().orElseThrow().getAttribute("id")
                .replace("complaint-", "answer");
        browser.click(css(form + ":answer"));
        browser.waitForText(css(form), "Wajib diisi");
        browser.type(css(form + ":complaintResponse"), "Terima kasih, mulai bulan depan layanan dibuka sampai 16.00.");
        browser.click(css(form + ":answer"));
        browser.waitForText("#pageMessages", "Tanggapan atas " + number + " disimpan.");
        assertTrue(browser.text("#complaints").contains("mulai bulan depan layanan dibuka"));
        assertTrue(browser.text("#complaintFigures").contains("Saran"));
        browser.screenshot("transparency-08-complaint-answered");
    }
}
