package id.go.kpu.eppid.helpdesk.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.net.URL;
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

/**
 * SIPOL data-entry monitoring at KPU Kabupaten Mesuji in headless Chromium (HD-11): past slots without a report are
 * flagged as missed; the officer records yesterday's 17:00 report late, with each party's three figures and the
 * screenshot (a missing figure and the missing screenshot said at their fields); the slot then shows it was recorded
 * late, once; the Commissioner reads it without the form.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskMonitoringBrowserIT {

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
    void missedSlotsAreFlaggedAndALateReportIsRecordedOnce() throws Exception {
        browser.signIn("hd-petugas.mesuji");
        browser.click("#navHelpdesk");
        browser.clickAndLoad("#monitoringLink");
        browser.waitForUrl("helpdesk/monitoring.xhtml");
        assertTrue(browser.text("#slots").contains("Terlewat"), "past slots without a report are missed");

        String yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.retype(css("mon:slotDay_input"), yesterday);
        browser.radio("mon:slot", "Pukul 17.00");
        browser.retype(css("mon:rows:0:board_input"), "75,5");
        browser.click(css("mon:saveReport"));
        browser.waitForText("#field-evidence", "Unggah tangkapan layar SIPOL");
        assertTrue(browser.pageText().contains("Isi jumlah anggota"), "the missing figure is said at its field");
        browser.retype(css("mon:rows:0:members_input"), "120");
        browser.retype(css("mon:rows:0:offices_input"), "60");
        browser.retype(css("mon:rows:2:board_input"), "100");
        browser.retype(css("mon:rows:2:members_input"), "310");
        browser.retype(css("mon:rows:2:offices_input"), "85");
        browser.upload("mon:evidence", browser.tempFile("sipol-17.png", TestFiles.png()));
        browser.waitForText("#evidenceFile", "sipol-17.png");
        browser.click(css("mon:saveReport"));
        browser.waitForText("#pageMessages", "Laporan pemantauan disimpan (2 partai)");
        assertTrue(browser.text("#slots").contains("Dicatat terlambat"), browser.text("#slots"));
        assertTrue(browser.exists("#chartBox canvas"), "the chart is drawn");
        assertEquals(200, browser.download(browser.find("#slots a.evidence-link").getAttribute("href")).statusCode());
        browser.screenshot("helpdesk-monitoring-01");

        // once per slot
        browser.retype(css("mon:slotDay_input"), yesterday);
        browser.radio("mon:slot", "Pukul 17.00");
        browser.retype(css("mon:rows:0:board_input"), "80");
        browser.retype(css("mon:rows:0:members_input"), "130");
        browser.retype(css("mon:rows:0:offices_input"), "60");
        browser.upload("mon:evidence", browser.tempFile("sipol-17b.png", TestFiles.png()));
        browser.waitForText("#evidenceFile", "sipol-17b.png");
        browser.click(css("mon:saveReport"));
        browser.waitForText("#field-slot", "sudah dicatat");

        browser.clearSession();
        browser.signIn("anggota.mesuji");
        browser.open("/staff/helpdesk/monitoring.xhtml");
        assertTrue(browser.text("#slots").contains("Dicatat terlambat"));
        assertFalse(browser.exists("#reportBox"), "the Commissioner reads, the team records");
    }
}
