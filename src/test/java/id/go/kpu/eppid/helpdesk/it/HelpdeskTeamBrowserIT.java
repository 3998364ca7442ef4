package id.go.kpu.eppid.helpdesk.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import java.net.URL;
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
 * The helpdesk team of KPU Kabupaten Mesuji in headless Chromium (HD-1, HD-2, HD-15): the team as its decree Nomor 41
 * Tahun 2022 forms it (seed 001 Lampiran I); the coordinator plans a rotating week; the officer on duty signs the
 * attendance list and reports a technical incident, which reaches the daily coordinator and the supervisors; the
 * coordinator sees the attendance and records a note on negligence that the officer cannot see.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskTeamBrowserIT {

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
    void theDecreesTeamIsRosteredSignsInAndReportsAnIncident() {
        browser.signIn("hd-koordinator.mesuji");
        browser.click("#navHelpdesk");
        browser.clickAndLoad("#teamLink");
        browser.waitForUrl("helpdesk/team.xhtml");
        assertTrue(browser.text("#decreeLine").contains("Nomor 41 Tahun 2022"), browser.text("#decreeLine"));
        assertTrue(browser.text("#decreeLine").contains("21 Juli 2022"), browser.text("#decreeLine"));
        String members = browser.text("#members");
        assertTrue(members.contains("Imani, S.Pd.I") && members.contains("Penanggung jawab (Anggota KPU)"), members);
        assertTrue(members.contains("Dwi Apriyanto, A.Md") && members.contains("Koordinator harian"), members);
        assertTrue(members.contains("Wahyu Hidayat, S.Pd"), members);

        // a member's account must be of this office; what was typed stays
        browser.click(css("team:memberBox") + " legend");
        browser.type(css("team:memberName"), "Andi Saputra, S.Kom");
        browser.choose("team:memberPosition", "Anggota helpdesk");
        browser.type(css("team:memberAccount"), "hd-petugas.lampung");
        browser.click(css("team:addMember"));
        browser.waitForText("#field-memberAccount", "Tidak ada akun");
        browser.find(css("team:memberAccount")).clear();
        browser.click(css("team:addMember"));
        browser.waitForText("#pageMessages", "Andi Saputra, S.Kom ditambahkan ke tim.");

        // HD-2: a rotating week; the daily coordinator changes from day to day
        browser.click(css("team:rotate"));
        browser.waitForText("#pageMessages", "Jadwal disusun untuk 7 hari layanan.");
        String roster = browser.text("#roster");
        assertTrue(roster.contains("Ririn Anggiyah, S.Pd (Meja 3)"), roster);
        assertTrue(roster.contains("Dwi Apriyanto, A.Md (Meja 3) · Koordinator harian"), roster);
        assertTrue(roster.contains("Ririn Anggiyah, S.Pd (Meja 3) · Koordinator harian"), "the coordinator rotates");
        browser.screenshot("helpdesk-team-01-roster");

        // the officer on duty signs in and reports an incident
        browser.clearSession();
        browser.signIn("hd-petugas.mesuji");
        browser.open("/staff/helpdesk/team.xhtml");
        browser.waitForText("#myDuty", "Anda bertugas hari ini di Meja 3.");
        browser.click(css("team:signIn"));
        browser.waitForText("#mySignIn", "Hadir tercatat");
        browser.click(css("team:reportIncident"));
        browser.waitForText("#field-incidentText", "Wajib diisi");
        browser.type(css("team:incidentText"), "Jaringan internet di meja helpdesk terputus sejak 09.10.");
        browser.click(css("team:reportIncident"));
        browser.waitForText("#pageMessages", "Gangguan dilaporkan kepada:");
        String notified = browser.text("#pageMessages");
        assertTrue(notified.contains("hd-koordinator-harian.mesuji") && notified.contains("hd-ketua.mesuji"), notified);
        assertFalse(browser.exists("#negligenceBox"), "negligence notes are for supervisors only");

        // the coordinator sees the attendance, resolves the incident and notes negligence
        browser.clearSession();
        browser.signIn("hd-koordinator.mesuji");
        browser.open("/staff/helpdesk/team.xhtml");
        String attendance = browser.text("#attendance");
        assertTrue(attendance.matches("(?s).*Ririn Anggiyah, S\\.Pd · (Hadir tepat waktu|Terlambat).*"), attendance);
        assertTrue(attendance.matches("(?s).*Wahyu Hidayat, S\\.Pd · (Belum waktunya|Belum hadir|Tidak hadir).*"),
                attendance);
        assertTrue(browser.text("#incidents").contains("Jaringan internet"));
        browser.type("#incidents input[id$=':resolution']", "Modem diganti oleh tim TI.");
        browser.click("#incidents button[id$=':resolve']");
        browser.waitForText("#pageMessages", "Penyelesaian gangguan dicatat.");
        assertTrue(browser.text("#incidents").contains("Modem diganti oleh tim TI."));
        browser.choose("team:negligenceMember", "Wahyu Hidayat, S.Pd");
        browser.type(css("team:negligenceNote"), "Tidak hadir piket tanpa keterangan.");
        browser.click(css("team:noteNegligence"));
        browser.waitForText("#pageMessages", "Catatan tentang Wahyu Hidayat, S.Pd disimpan.");
        assertTrue(browser.text("#negligenceNotes").contains("Tidak hadir piket tanpa keterangan."));
        browser.screenshot("helpdesk-team-02-attendance");
    }
}
