package id.go.kpu.eppid.helpdesk.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.GuestDesk;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.net.URL;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * The SIPOL helpdesk in headless Chromium at KPU Kabupaten Mesuji (HD-4, HD-6, HD-8): a party's liaison signs the
 * guest book, the officer records the consultation from the visit without retyping, reads the problem back, answers
 * with references, repeats the answer when it was not understood, and closes it; a second question is escalated to
 * the Commissioner, who passes it on to the Lampung helpdesk, which answers it back to Mesuji.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

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
    void aFaceToFaceConsultationFromTheGuestBookIsReadBackAnsweredRepeatedAndEscalated() {
        browser.signIn("hd-petugas.mesuji");
        GuestDesk.registerGuest(browser, "Sri Wahyuni", "Helpdesk SIPOL", "T-07", true);
        browser.waitForUrl("guests/building.xhtml");
        browser.clickInRow("Sri Wahyuni", "helpdeskConsultation");
        browser.waitForUrl("helpdesk/new.xhtml");
        assertEquals("Sri Wahyuni", browser.value(css("hd:representative")), "taken from the guest book");
        assertTrue(browser.value(css("hd:phone")).contains("81339001122"), browser.value(css("hd:phone")));

        // what is missing is said at the field; what was typed stays
        browser.click(css("hd:open"));
        browser.waitForText("#field-topic", "Wajib diisi");
        assertEquals("Sri Wahyuni", browser.value(css("hd:representative")));
        assertEquals("Lembaga Studi Demokrasi NTT", browser.value(css("hd:partyOther")),
                "an institution not on the party list is kept as typed");
        browser.choose("hd:party", "15. Partai Solidaritas Indonesia");
        browser.choose("hd:topic", "Keanggotaan");
        browser.type(css("hd:problem"), "Anggota partai kami tercatat ganda dengan partai lain di SIPOL.");
        browser.screenshot("helpdesk-01-new");
        browser.clickAndLoad(css("hd:open"));
        browser.waitForText("#hdStatus", "Dicatat, menunggu konfirmasi");
        String number = browser.text("h1");
        assertTrue(number.contains("HD-1811-"), number);

        // HD-6: read back (the party corrects a word), answer, "not understood", repeat, understood
        browser.type(css("step:correctedProblem"),
                "Anggota partai kami tercatat ganda dengan partai lain di SIPOL (12 orang).");
        browser.click(css("step:confirm"));
        browser.waitForText("#pageMessages", "Permasalahan dikonfirmasi.");
        assertTrue(browser.text("#problem").contains("(12 orang)"));
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#field-answer", "Wajib diisi");
        browser.type(css("step:answer"), "Minta anggota mengisi surat pernyataan bukan anggota partai lain.");
        browser.type(css("step:references"), "PKPU 4/2022 Pasal 20; Juknis Verifikasi Parpol");
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#pageMessages", "Jawaban dicatat.");
        browser.click(css("step:understoodNo"));
        browser.waitForText("#pageMessages", "Jawaban diulang");
        browser.type(css("step:answer"), "Unduh formulir surat pernyataan di SIPOL, minta anggota menandatangani, "
                + "lalu unggah kembali.");
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#pageMessages", "Jawaban dicatat.");
        browser.click(css("step:understoodYes"));
        browser.waitForText("#hdStatus", "Selesai");
        assertTrue(browser.text("#thread").contains("Belum dipahami, jawaban diulang"), browser.text("#thread"));
        assertTrue(browser.pageText().contains("Jawaban diulang 1 kali"));
        assertFalse(browser.text("#summary").contains("Tim TI SIPOL"), "not flagged to the SIPOL IT team");
        browser.screenshot("helpdesk-02-closed");

        // HD-8: a question not in the FAQ goes up: Commissioner → Lampung helpdesk, answered back to Mesuji
        browser.open("/staff/helpdesk/new.xhtml");
        browser.radio("hd:channel", "Grup pesan daring");
        browser.choose("hd:party", "5. Partai NasDem");
        browser.type(css("hd:representative"), "Ahmad Fauzi");
        browser.choose("hd:topic", "Kantor tetap / domisili");
        browser.type(css("hd:problem"), "Kantor tetap di rumah pengurus: bolehkah?");
        // HD-3: asked in the group two hours ago; a time in the future is refused at the field
        ZonedDateTime asked = ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(2).withSecond(0).withNano(0);
        browser.type(css("hd:askedAt_input"), asked.plusDays(1).format(PICKER));
        browser.click(css("hd:open"));
        browser.waitForText("#field-askedAt", "tidak boleh di masa depan");
        browser.retype(css("hd:askedAt_input"), asked.format(PICKER));
        browser.clickAndLoad(css("hd:open"));
        browser.waitForText("#hdStatus", "Permasalahan terkonfirmasi");
        String url = browser.driver().getCurrentUrl();
        assertTrue(browser.text("#summary").contains(asked.format(DateTimeFormatter.ofPattern("HH.mm"))),
                "received when it was asked in the group");

        // HD-13: the group's screenshot is kept; an executable is refused by its content
        browser.upload("media:documentation", browser.tempFile("tangkapan-grup.png", TestFiles.png()));
        browser.waitForText("#pageMessages", "Dokumentasi tangkapan-grup.png disimpan.");
        assertTrue(browser.text("#attachments").contains("tangkapan-grup.png"));
        browser.upload("media:documentation", browser.tempFile("rekaman.mp4", TestFiles.windowsExecutable()));
        browser.waitForText("#field-documentation", "Berkas ditolak");

        // HD-3: an online meeting needs the party's email, completed in the details; the link must be a web address
        browser.open(url.substring(url.indexOf("/staff/")));
        String tomorrow = ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(1).withHour(10).withMinute(0)
                .format(PICKER);
        browser.type(css("media:meetingAt_input"), tomorrow);
        browser.type(css("media:meetingLink"), "rapat-zoom");
        browser.click(css("media:scheduleMeeting"));
        browser.waitForText("#field-meetingLink", "alamat web");
        assertTrue(browser.pageText().contains("lengkapi dulu alamat email"), "the email is missing");
        // the refused step leaves the folded sections open, the details of who consults among them
        browser.waitForAnimations();
        if (!browser.present(css("media:amendEmail")).isDisplayed()) {
            browser.click(css("media:amendBox") + " legend");
        }
        browser.type(css("media:amendEmail"), "lo.nasdem.mesuji@example.org");
        browser.click(css("media:amend"));
        browser.waitForText("#pageMessages", "Data pihak yang berkonsultasi disimpan.");
        browser.type(css("media:meetingAt_input"), tomorrow);
        browser.type(css("media:meetingLink"), "https://meet.example.org/kpu-mesuji-nasdem");
        browser.click(css("media:scheduleMeeting"));
        browser.waitForText("#pageMessages", "Pertemuan dijadwalkan");
        assertTrue(browser.text("#meetings").contains("https://meet.example.org/kpu-mesuji-nasdem"));
        assertTrue(browser.text("#meetings").contains("lo.nasdem.mesuji@example.org"));
        browser.screenshot("helpdesk-02b-group-documentation-meeting");
        browser.click(css("step:escalate"));
        browser.waitForText("#hdStatus", "Dieskalasi");

        browser.clearSession();
        browser.signIn("anggota.mesuji");
        browser.open(url.substring(url.indexOf("/staff/")));
        browser.type(css("step:passOnNote"), "Tidak diatur di FAQ; mohon petunjuk provinsi.");
        browser.click(css("step:passOn"));
        browser.waitForText("#levels", "Tingkat 2: Helpdesk Komisi Pemilihan Umum Provinsi Lampung");

        browser.clearSession();
        browser.signIn("hd-petugas.lampung");
        browser.click("#navHelpdesk");
        browser.waitForText(css("hdl:consultations"), "Partai NasDem");
        assertFalse(browser.text(css("hdl:consultations")).contains("Partai Solidaritas Indonesia"),
                "what was not escalated stays at Mesuji");
        browser.click(css("hdl:consultations") + " a.consultation-link");
        browser.waitForUrl("helpdesk/consultation.xhtml");
        assertFalse(browser.pageText().contains("Kontak (hanya untuk kantor asal)"), "contact stays at Mesuji");
        browser.type(css("step:levelAnswer"), "Boleh, bila ada bukti penguasaan kantor (sewa/pinjam pakai).");
        browser.click(css("step:answerLevel"));
        browser.waitForText("#pageMessages", "Jawaban dikirim ke kantor asal.");
        browser.screenshot("helpdesk-03-escalation-answered");

        browser.clearSession();
        browser.signIn("hd-petugas.mesuji");
        browser.open(url.substring(url.indexOf("/staff/")));
        browser.waitForText("#hdStatus", "Jawaban eskalasi diterima");
        assertTrue(browser.text("#levels").contains("bukti penguasaan kantor"));
        assertTrue(browser.exists(css("step:recordAnswer")), "Mesuji now answers the party");
    }
}
