package id.go.kpu.eppid.deadline.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
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
 * The working calendar's pages in headless Chromium, as the administrator of KPU Kota Kupang (issue 5): an office
 * closure with its legal source, a CSV import with its preview, Friday's hours, and the regimes page.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class CalendarBrowserIT {

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
    void anAdministratorKeepsTheOfficeCalendar() {
        int year = Year.now().getValue() + 1;
        browser.signIn("admin.kupang");
        browser.open("/staff/admin/calendar.xhtml");
        browser.screenshot("calendar-01-list");

        // an office closure needs its legal source: what was typed stays
        browser.type(css("day:date_input"), "09/04/" + year);
        browser.type(css("day:name"), "Hari jadi Kota Kupang (uji)");
        browser.click(css("day:save"));
        browser.waitForText("#field-legalSource", "Wajib diisi");
        assertTrue(browser.value(css("day:name")).contains("Hari jadi Kota Kupang"));
        browser.type(css("day:legalSource"), "Keputusan Ketua KPU Kota Kupang Nomor 1 Tahun " + year);
        browser.click(css("day:save"));
        browser.waitForText(css("cal:days"), "Hari jadi Kota Kupang (uji)");
        assertTrue(browser.text(css("cal:days")).contains("Keputusan Ketua KPU Kota Kupang Nomor 1"));
        assertTrue(browser.text(css("cal:days")).contains("Kantor tutup"));

        // a CSV import: preview first (one row already closed), then confirm
        Path csv = browser.tempFile("libur.csv", ("tanggal,jenis,nama,dasar hukum\n"
                + "09/04/" + year + ",OFFICE_CLOSURE,Sudah ada,Perda\n"
                + year + "-10-14,penutupan kantor,Libur daerah (uji),Perda Kota Kupang 3/" + year + "\n")
                .getBytes(StandardCharsets.UTF_8));
        browser.upload("imp:file", csv);
        browser.waitForText(css("imp:rows"), "Akan ditambahkan");
        assertTrue(browser.text(css("imp:rows")).contains("Dilewati (sudah hari libur)"));
        browser.screenshot("calendar-02-import-preview");
        browser.click(css("imp:confirmImport"));
        browser.waitForText(css("imp:messages"), "1 hari libur diimpor.");
        assertTrue(browser.text(css("cal:days")).contains("Libur daerah (uji)"));
        browser.screenshot("calendar-03-imported");

        // Friday closes earlier; a closing before the opening is refused next to the field
        browser.open("/staff/admin/hours.xhtml");
        browser.type(css("hrs:week:4:closes"), "07:00");
        browser.click(css("hrs:save"));
        browser.waitForText("#weekGrid", "Jam tutup harus setelah jam buka.");
        browser.type(css("hrs:week:4:closes"), "15:30");
        browser.click(css("hrs:save"));
        browser.waitForText(css("hrs:messages"), "Jam layanan disimpan.");
        assertTrue(browser.value(css("hrs:week:4:closes")).equals("15:30"));
        browser.screenshot("calendar-04-hours");

        browser.open("/staff/admin/regimes.xhtml");
        assertTrue(browser.text(css("reg:regimes")).contains("Permohonan informasi (UU 14/2008)"));
        browser.screenshot("calendar-05-regimes");
    }

    @Test
    void anAdministratorSetsTheOfficesOwnStepStandard() {
        browser.signIn("admin.kupang");
        browser.click("#navStandards");
        browser.waitForUrl("admin/standards.xhtml");
        // row 1: seed 003 step 6, written disposition, 5 minutes nationally
        assertTrue(browser.text("#stepTable").contains("Disposisi tertulis kepada pejabat yang dituju"));
        browser.retype(css("std:rows:1:minutes_input"), "0");
        browser.click(css("std:rows:1:save"));
        browser.waitForText("#stepTable", "Isi antara 1 dan 43.200 menit.");
        assertTrue(browser.text("#stepTable").contains("Wajib diisi"), "the legal basis is required");
        browser.retype(css("std:rows:1:minutes_input"), "15");
        browser.type(css("std:rows:1:source"), "Keputusan Ketua KPU Kota Kupang Nomor 9 Tahun 2026 (uji)");
        browser.click(css("std:rows:1:save"));
        browser.waitForText(css("std:messages"), "Mutu baku langkah disimpan.");
        assertTrue(browser.value(css("std:rows:1:minutes_input")).equals("15"));
        assertTrue(browser.exists("#stepTable tr.own"), "the office's own row stands out");
        browser.screenshot("calendar-06-step-standards");
        browser.click(css("std:rows:1:reset"));
        browser.waitForText(css("std:messages"), "Langkah dikembalikan ke standar nasional.");
        assertTrue(browser.value(css("std:rows:1:minutes_input")).equals("5"));
    }
}
