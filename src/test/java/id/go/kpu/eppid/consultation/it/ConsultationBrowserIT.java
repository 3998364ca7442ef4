package id.go.kpu.eppid.consultation.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consultation in headless Chromium at KPU Kota Kupang (CON-3, CON-4, ORG-3): the Chair disposes a consultation
 * request to the subdivision head, who schedules it with the Commissioner accompanied by a staff member; a
 * delegation to the division head is requested; the division head cannot record the result before the Commissioner
 * approves; the Commissioner approves; the division head records the result and the request is decided; the office's
 * consultation schedule lists the session.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class ConsultationBrowserIT {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1280, 1400);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /**
     * CON-1: a consultation asked for by letter — the letter desk registers the letter, which becomes the
     * consultation request. Returns the request's id.
     */
    private long consultationByLetter() {
        browser.signIn("umum.kupang");
        browser.open("/staff/letters/new.xhtml");
        browser.radio("req:channel", "Diantar langsung");
        browser.type(css("req:letterNumber"), "045/PMT/XI/2026");
        browser.type(css("req:sender"), "Jaringan Pemantau Pemilu NTT");
        browser.type(css("req:letterSubject"), "Permohonan konsultasi akreditasi pemantau");
        browser.radio("req:type", "Permohonan konsultasi");
        browser.choose("req:applicantType", "Lembaga swadaya masyarakat");
        browser.type(css("req:name"), "Paulus Lado");
        browser.type(css("req:institutionName"), "Jaringan Pemantau Pemilu NTT");
        browser.type(css("req:idNumber"), "5371011203800004");
        browser.type(css("req:address"), "Jl. Timor Raya No. 8, Kupang");
        browser.type(css("req:phone"), "0812 3456 7890");
        browser.type(css("req:subject"), "Syarat akreditasi pemantau Pilkada");
        browser.type(css("req:purpose"), "Persiapan pemantauan");
        browser.radio("req:deliveryMethod", "Pos/kurir");
        browser.type(css("req:informationSource"), "Situs web KPU");
        browser.upload("req:requestLetter", browser.tempFile("surat-konsultasi.pdf", TestFiles.pdf()));
        browser.waitForText(css("req:letterBox"), "surat-konsultasi.pdf");
        browser.upload("req:idScan", browser.tempFile("ktp-paulus.jpg", TestFiles.jpeg(400, 250, 9)));
        browser.waitForText(css("req:idScanBox"), "ktp-paulus.jpg");
        browser.click(css("req:submit"));
        browser.waitForUrl("letters/letter.xhtml");
        browser.click(css("requestLink"));
        browser.waitForUrl("staff/request.xhtml");
        assertTrue(browser.pageText().contains("Permohonan Konsultasi · Surat"), "a consultation by letter");
        String url = browser.driver().getCurrentUrl();
        browser.clearSession();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Ticks a staff member in the companions multi-select and closes it. */
    private void pickCompanion(String label) {
        browser.click(css("con:companions"));
        WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector(css("con:companions_panel") + " li.ui-selectcheckboxmenu-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElse(null));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.find(css("con:companions_panel") + " .ui-selectcheckboxmenu-close").click();
        browser.waitForAjax();
    }

    /** Scrolls the consultation panel into view for a screenshot. */
    private void showPanel() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('consultation').scrollIntoView()");
    }

    private void typeSlot(LocalDate day, int hour) {
        browser.type(css("con:date_input"), day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.type(css("con:startTime"), String.format("%02d:00", hour));
        browser.type(css("con:endTime"), String.format("%02d:00", hour + 1));
    }

    @Test
    void aDelegatedConsultationIsHeldAndDecidesTheRequest() throws Exception {
        long id = consultationByLetter();
        String page = "/staff/request.xhtml?id=" + id;

        browser.signIn("ketua.kupang");
        browser.open(page);
        browser.choose("act:toOfficial", "Demo kasubag kupang — Kepala Subbagian");
        browser.type(css("act:instructions"), "Jadwalkan konsultasi dengan Anggota Divisi Teknis.");
        browser.click(css("act:dispose"));
        browser.waitForText("#assignee", "Demo kasubag kupang");
        assertTrue(browser.exists("#consultation"), "a consultation request has the consultation panel");

        // the assigned subdivision head schedules; bad input is explained and what was typed is kept
        browser.clearSession();
        browser.signIn("kasubag.kupang");
        browser.open(page);
        assertTrue(browser.text("#consultation").contains("Belum ada konsultasi"));
        browser.choose("con:official", "Demo anggota kupang — Anggota");
        browser.type(css("con:place"), "Ruang PPID lantai 1");
        browser.click(css("con:schedule"));
        browser.waitForText("#field-companions", "minimal satu pendamping");
        assertTrue(browser.text("#field-date").contains("Wajib diisi"), browser.text("#field-date"));
        assertEquals("Ruang PPID lantai 1", browser.value(css("con:place")));
        showPanel();
        browser.screenshot("consultation-01-schedule-errors");

        pickCompanion("Demo staf kupang — Staf");
        LocalDate day = LocalDate.now(WITA).plusDays(1);
        int hour = 8;
        boolean scheduled = false;
        for (int tries = 0; tries < 40 && !scheduled; tries++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            typeSlot(day, hour);
            browser.click(css("con:schedule"));
            scheduled = browser.exists(css("con:messages")) && browser.text(css("con:messages"))
                    .contains("Konsultasi dijadwalkan");
            if (!scheduled && browser.text("#field-date").contains("hanya pada hari kerja")) {
                day = day.plusDays(1); // a holiday or collective leave in the office's calendar
            } else if (!scheduled) {
                assertTrue(browser.text("#field-startTime").contains("sudah dijadwalkan"), browser.pageText());
                hour++; // the test database keeps earlier runs' sessions: the next free hour
                if (hour > 15) {
                    hour = 8;
                    day = day.plusDays(1);
                }
            }
        }
        assertTrue(scheduled, "a free slot was found");
        String consultation = browser.text("#consultation");
        assertTrue(consultation.contains("Terjadwal") && consultation.contains("Demo anggota kupang")
                && consultation.contains("Demo staf kupang") && consultation.contains("WITA"), consultation);
        assertTrue(browser.text("#history").contains("Konsultasi dijadwalkan"));

        // CON-3: the Commissioner is away: the assigned official asks to delegate to the division head
        browser.choose("con:sessions:0:delegate", "Demo kabag kupang — Kepala Bagian");
        browser.type(css("con:sessions:0:delegationReason"), "Anggota sedang rapat pleno di KPU Provinsi");
        browser.click(css("con:sessions:0:requestDelegation"));
        browser.waitForText("#consultation .delegation", "Menunggu persetujuan");
        showPanel();
        browser.screenshot("consultation-02-delegation-requested");

        // the delegate cannot record the result before the approval, nor approve it himself
        browser.clearSession();
        browser.signIn("kabag.kupang");
        browser.open(page);
        assertFalse(browser.exists(css("con:sessions:0:recordResult")), "not approved yet");
        assertFalse(browser.exists(css("con:sessions:0:approve")), "only the Commissioner or the Chair approves");

        // the scheduled Commissioner approves
        browser.clearSession();
        browser.signIn("anggota.kupang");
        browser.open(page);
        browser.type(css("con:sessions:0:decisionNote"), "Silakan, sampaikan juga jadwal tahapan.");
        browser.click(css("con:sessions:0:approve"));
        browser.waitForText("#consultation .delegation", "Disetujui");

        // the approved delegate records the result: the session is held, the request decided
        browser.clearSession();
        browser.signIn("kabag.kupang");
        browser.open(page);
        browser.type(css("con:sessions:0:result"), "Dijelaskan syarat akreditasi pemantau dan jadwal pendaftaran.");
        showPanel();
        browser.screenshot("consultation-03-result-form");
        browser.click(css("con:sessions:0:recordResult"));
        browser.waitForText(".status", "Diputuskan");
        consultation = browser.text("#consultation");
        assertTrue(consultation.contains("Terlaksana") && consultation.contains("Dijelaskan syarat akreditasi"),
                consultation);
        String history = browser.text("#history");
        assertTrue(history.contains("Pendelegasian konsultasi disetujui") && history.contains("Diputuskan"), history);
        showPanel();
        browser.screenshot("consultation-04-held");

        // the office's consultation schedule, from the menu
        browser.click(css("navConsultations"));
        browser.waitForUrl("consultations.xhtml");
        String upcoming = browser.text("#upcoming");
        assertTrue(upcoming.contains("Demo anggota kupang") && upcoming.contains("Terlaksana")
                && upcoming.contains("Demo kabag kupang (Disetujui)"), upcoming);
        browser.screenshot("consultation-05-schedule-page");

        // CON-3: a consultation asked for by letter is answered by letter, signed by the Commissioner consulted
        browser.clearSession();
        browser.signIn("kasubag.kupang");
        browser.open(page);
        browser.choose("letters:type", "Surat jawaban konsultasi");
        browser.choose("letters:signer", "Demo anggota kupang — Anggota");
        browser.click(css("letters:createDraft"));
        browser.waitForText("#letterList", "Draf");
        browser.clearSession();
        browser.signIn("anggota.kupang");
        browser.open(page);
        browser.click("#letterList .approve-button");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#letterList", "Disetujui");
        String letterNumber = browser.text("#letterList .letter-number");
        HttpResponse<byte[]> answer = browser.download(browser.find("#letterList a.pdf-link").getAttribute("href"));
        assertEquals(200, answer.statusCode());
        Files.write(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "consultation-answer.pdf"),
                answer.body());
        String text = new PdfTextExtractor(new PdfReader(answer.body())).getTextFromPage(1);
        assertTrue(text.contains(letterNumber) && text.contains("Dijelaskan syarat akreditasi"), text);
        browser.screenshot("consultation-06-answer-letter");
    }
}
