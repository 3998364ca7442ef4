package id.go.kpu.eppid.helpdesk.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * The helpdesk recaps of KPU Kabupaten Mesuji in headless Chromium (HD-10): an officer prepares today's daily recap,
 * which only the daily coordinator (or a supervisor) signs off and sends to the head; the signed PDF lists the day's
 * consultations with the minutes to their first answer against the standard, and the Excel has the same tables; the
 * weekly recap signed by the coordinator reaches KPU Provinsi Lampung.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskRecapBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1400, 1200);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aDailyRecapIsPreparedSignedOffAndSentAndAWeeklyOneGoesUpward() throws Exception {
        browser.signIn("hd-petugas.mesuji");
        browser.open("/staff/helpdesk/new.xhtml");
        browser.radio("hd:channel", "Grup pesan daring");
        browser.choose("hd:party", "12. Partai Amanat Nasional");
        browser.type(css("hd:representative"), "Siti Aminah");
        browser.choose("hd:topic", "Dokumen persyaratan");
        browser.type(css("hd:problem"), "Format surat keterangan domisili kantor?");
        browser.clickAndLoad(css("hd:open"));
        browser.waitForText("#hdStatus", "Permasalahan terkonfirmasi");
        String number = browser.text("h1").replaceAll("(?s).*(HD-1811-\\d{4}-\\d{6}).*", "$1");
        browser.type(css("step:answer"), "Gunakan format dari kelurahan setempat.");
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#pageMessages", "Jawaban dicatat.");

        browser.open("/staff/helpdesk/recaps.xhtml");
        assertTrue(Integer.parseInt(browser.text("#todayFigures dd").trim()) >= 1, browser.text("#todayFigures"));
        browser.click(css("rc:prepare"));
        browser.waitForText("#pageMessages", "Rekap disusun");
        assertTrue(browser.text("#recaps").contains("belum disetujui"), browser.text("#recaps"));
        assertFalse(browser.exists("#recaps button[id$=':sign']"), "an officer does not sign off");
        String pdfUrl = browser.find("#recaps tr.recap-DAILY a.recap-pdf").getAttribute("href");
        String draft = text(browser.download(pdfUrl).body());
        assertTrue(draft.contains("DRAF"), draft);

        browser.clearSession();
        browser.signIn("hd-koordinator-harian.mesuji");
        browser.open("/staff/helpdesk/recaps.xhtml");
        browser.click("#recaps tr.recap-DAILY button[id$=':sign']");
        browser.waitForText("#pageMessages", "Rekap disetujui dan dikirim kepada: hd-ketua.mesuji.");
        HttpResponse<byte[]> signed = browser.download(pdfUrl);
        assertEquals(200, signed.statusCode());
        String pdf = text(signed.body());
        assertTrue(pdf.contains("REKAPITULASI HARIAN LAYANAN HELPDESK SIPOL"), pdf);
        assertTrue(pdf.replaceAll("\\s+", "").contains(number) && pdf.contains("Partai Amanat Nasional"), pdf);
        assertTrue(pdf.contains("Disetujui koordinator harian") && pdf.contains("disetujui di portal"), pdf);
        assertFalse(pdf.contains("DRAF"), "signed");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/helpdesk-recap-daily.pdf"), signed.body());
        HttpResponse<byte[]> xlsx = browser.download(browser.find("#recaps tr.recap-DAILY a.recap-xlsx")
                .getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        List<String> parts = new ArrayList<>();
        Path book = Path.of("target/screenshots/helpdesk-recap-daily.xlsx");
        Files.write(book, xlsx.body());
        try (ZipFile zip = new ZipFile(book.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(parts::add);
        }
        assertTrue(parts.contains("xl/workbook.xml") && parts.stream().filter(p -> p.startsWith("xl/worksheets/"))
                .count() == 5, parts.toString());
        browser.screenshot("helpdesk-recap-01-signed");

        // the weekly recap goes upward once the coordinator signs it
        browser.clearSession();
        browser.signIn("hd-koordinator.mesuji");
        browser.open("/staff/helpdesk/recaps.xhtml");
        browser.radio("rc:recapKind", "Mingguan");
        browser.click(css("rc:prepare"));
        browser.waitForText("#pageMessages", "Rekap disusun");
        browser.click("#recaps tr.recap-WEEKLY button[id$=':sign']");
        browser.waitForText("#pageMessages", "Komisi Pemilihan Umum Provinsi Lampung");
        browser.clearSession();
        browser.signIn("hd-petugas.lampung");
        browser.open("/staff/helpdesk/recaps.xhtml");
        assertTrue(browser.text("#recaps").contains("Komisi Pemilihan Umum Kabupaten Mesuji"), browser.text("#recaps"));
        assertFalse(browser.exists("#recaps tr.recap-DAILY td"), "daily recaps stay at the office");
        String weekly = browser.find("#recaps tr.recap-WEEKLY a.recap-pdf").getAttribute("href");
        assertTrue(text(browser.download(weekly).body()).contains("REKAPITULASI MINGGUAN"));
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder s = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            s.append(extractor.getTextFromPage(p)).append('\n');
        }
        return s.toString();
    }
}
