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
import id.go.kpu.eppid.testsupport.GuestDesk;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
 * A face-to-face SIPOL helpdesk consultation at KPU Kabupaten Mesuji from the guest book and the queue ticket to the
 * signed consultation form and the rating, in headless Chromium (HD-4, HD-5, HD-6, HD-7, HD-12; seed 000 B.11–B.21):
 * the guest signs in, gets a helpdesk ticket, is called to Meja 3; the officer records the consultation from the
 * ticket, reads back, answers; the form is printed for checking, corrected at the party's request (version 2, version
 * 1 kept), printed in two copies, signed by the party and then the officer on screen, archived and handed over; the
 * party rates the service on the officer's screen, once.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskFormBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1400, 1300);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void fromGuestBookAndTicketToASignedTwoCopyFormAndARating() throws Exception {
        browser.signIn("hd-petugas.mesuji");
        // HD-4, HD-5: the guest book, then a helpdesk ticket linked to the visit
        GuestDesk.registerGuest(browser, "Rahmat Hidayat", "Helpdesk SIPOL", "T-08", true);
        browser.waitForUrl("guests/building.xhtml");
        browser.clickInRow("Rahmat Hidayat", "issueTicket_button");
        browser.waitForText(css("bld:messages"), "untuk Rahmat Hidayat");
        String ticket = browser.text(css("bld:messages")).replaceAll("(?s).*Nomor antrian (C-\\d{3}).*", "$1");
        assertTrue(ticket.matches("C-\\d{3}"), ticket);

        // Meja 3 calls and serves the ticket, and records the consultation from it
        browser.open("/staff/queue.xhtml");
        browser.choose("q:desk", "Meja 3");
        browser.click(css("q:callNext"));
        browser.waitForText("#currentNumber", ticket);
        browser.click(css("q:start"));
        browser.waitForText("#currentStatus", "Sedang dilayani");
        browser.clickAndLoad(css("q:helpdeskConsultation"));
        browser.waitForUrl("helpdesk/new.xhtml");
        assertEquals("Rahmat Hidayat", browser.value(css("hd:representative")), "taken from the visit of the ticket");
        browser.choose("hd:party", "8. Partai Keadilan Sejahtera");
        browser.choose("hd:topic", "Keanggotaan");
        browser.type(css("hd:problem"), "Unggahan KTA anggota gagal: berkas ditolak SIPOL.");
        browser.clickAndLoad(css("hd:open"));
        browser.waitForText("#hdStatus", "Dicatat, menunggu konfirmasi");
        String consultationUrl = browser.driver().getCurrentUrl();
        String id = consultationUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.click(css("step:confirm"));
        browser.waitForText("#pageMessages", "Permasalahan dikonfirmasi.");
        browser.type(css("step:answer"), "Ukuran berkas KTA paling besar 2 MB; perkecil pindaian lalu unggah ulang.");
        browser.type(css("step:references"), "Juknis SIPOL Bab III");
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#pageMessages", "Jawaban dicatat.");
        assertFalse(browser.exists("#formBox"), "no form before the answer was understood");
        browser.click(css("step:understoodYes"));
        browser.waitForText("#hdStatus", "Selesai");

        // HD-7, seed 000 B.11–B.13: printed for the party to check
        browser.click(css("paper:print"));
        browser.waitForText("#pageMessages", "Formulir versi 1 siap dicetak");
        String v1 = pdfText(browser.base() + "/staff/helpdesk/form/" + id + "?v=1", 1);
        assertTrue(v1.contains("Untuk diteliti oleh Partai Politik"), v1);
        assertTrue(v1.contains("perkecil pindaian"), v1);

        // B.14–B.15: the party asks for a correction; what is missing is said at the field and nothing typed is lost
        browser.type(css("paper:formAnswer"), "Ukuran berkas KTA paling besar 1 MB (format JPG/PDF); perkecil "
                + "pindaian lalu unggah ulang.");
        browser.click(css("paper:correct"));
        browser.waitForText("#field-correctionNote", "Wajib diisi");
        assertTrue(browser.value(css("paper:formAnswer")).contains("1 MB"), "the corrected answer is kept");
        browser.type(css("paper:correctionNote"), "Batas ukuran berkas yang benar 1 MB, bukan 2 MB.");
        browser.click(css("paper:correct"));
        browser.waitForText("#pageMessages", "Perbaikan disimpan sebagai versi baru.");
        assertTrue(browser.text("#formVersions").contains("Versi 2"), browser.text("#formVersions"));
        assertTrue(browser.text("#answerGiven").contains("1 MB"), "the record itself is corrected");
        String old = pdfText(browser.base() + "/staff/helpdesk/form/" + id + "?v=1", 1);
        assertTrue(old.contains("2 MB") && old.contains("sudah diperbaiki dengan versi 2"), "version 1 is kept");

        // B.15–B.17: two copies to sign; the officer cannot sign first; the party signs, then the officer
        String two = pdfText(browser.base() + "/staff/helpdesk/form/" + id + "?v=2&copies=2", 2);
        assertTrue(two.contains("Lembar 1") && two.contains("Lembar 2"), two);
        assertFalse(browser.exists(css("paper:signOfficer")), "the officer signs after the party");
        browser.click(css("paper:signParty"));
        browser.waitForText("#field-partySignature", "Belum ada tanda tangan");
        browser.drawOn(css("paper:partySignature") + " canvas");
        browser.click(css("paper:signParty"));
        browser.waitForText("#pageMessages", "Tanda tangan partai disimpan.");
        assertFalse(browser.exists(css("paper:correct")), "a signed version is not corrected any more");
        browser.drawOn(css("paper:officerSignature") + " canvas");
        browser.click(css("paper:signOfficer"));
        browser.waitForText("#pageMessages", "ditandatangani kedua pihak dan diarsipkan");
        String sha = browser.text("#archiveSha").replace("SHA-256 ", "").trim();

        // B.18–B.19: one copy handed over; the archived PDF is exactly what was signed
        browser.click(css("paper:handOver"));
        browser.waitForText("#handedOver", "Diserahkan kepada Rahmat Hidayat");
        HttpResponse<byte[]> signed = browser.download(browser.base() + "/staff/helpdesk/form/" + id + "?v=2");
        assertEquals(200, signed.statusCode());
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed.body())));
        PdfReader reader = new PdfReader(signed.body());
        assertEquals(2, reader.getNumberOfPages(), "two copies");
        String page2 = new PdfTextExtractor(reader).getTextFromPage(2);
        assertTrue(page2.contains("Lembar 2") && page2.contains("1 MB") && page2.contains("Rahmat Hidayat"), page2);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/helpdesk-form-signed.pdf"), signed.body());
        assertTrue(browser.text("#thread").contains("Formulir ditandatangani petugas dan diarsipkan"));
        assertTrue(browser.text("#thread").contains("Salinan formulir diserahkan kepada partai"));
        // HD-14: each step against the office's standards
        String timing = browser.text("#timing");
        assertTrue(timing.contains("Menerima dan mencatat permasalahan") && timing.contains("Menjawab substansi"),
                timing);
        assertTrue(timing.contains("Laporan dan dokumentasi foto") && timing.contains("10 menit"), timing);
        browser.screenshot("helpdesk-form-01-signed");

        // HD-9: the after-hours scan must be a real image or PDF
        Path exe = browser.tempFile("formulir.pdf", TestFiles.windowsExecutable());
        browser.upload("paper:formScan", exe);
        browser.waitForText("#field-formScan", "Berkas ditolak");
        browser.upload("paper:formScan", browser.tempFile("formulir-scan.pdf", TestFiles.pdf()));
        browser.waitForText("#pageMessages", "Pindaian formulir-scan.pdf dilampirkan.");
        assertEquals(200, browser.download(browser.base() + "/staff/helpdesk/form/" + id + "?v=2&scan=1")
                .statusCode());

        // HD-12: the party rates on the officer's screen; a missing score is said at the element
        browser.clickAndLoad(css("paper:rateAtDesk"));
        browser.waitForUrl("survey.xhtml");
        assertTrue(browser.text("#surveyService").contains("HD-1811-"), browser.text("#surveyService"));
        assertFalse(browser.pageText().contains("Rahmat Hidayat"), "no personal data on the public survey page");
        browser.radio("survey:scoreU1", "4 · Sangat baik");
        browser.click(css("survey:submit"));
        browser.waitForText("#field-scoreU2", "Pilih nilai 1–4.");
        for (String element : new String[] {"U2", "U3", "U4", "U5", "U6", "U7", "U8"}) {
            browser.radio("survey:score" + element, "4 · Sangat baik");
        }
        browser.radio("survey:scoreU9", "3 · Baik");
        browser.type(css("survey:comment"), "Petugas sabar menjelaskan.");
        browser.screenshot("helpdesk-form-02-survey");
        browser.click(css("survey:submit"));
        browser.waitForText("#surveyDone", "Terima kasih");

        browser.open(consultationUrl.substring(consultationUrl.indexOf("/staff/")));
        browser.waitForText("#ratingResult", "3,89");
        assertTrue(browser.text("#ratingResult").contains("di layar petugas"), browser.text("#ratingResult"));
        assertTrue(browser.text("#ratingBox").contains("U9 Sarana dan Prasarana: 3"), browser.text("#ratingBox"));
        assertFalse(browser.exists(css("paper:rateAtDesk")), "rated once");
        browser.screenshot("helpdesk-form-03-rated");

        // another office's helpdesk cannot read the form
        browser.clearSession();
        browser.signIn("hd-petugas.lampung");
        assertEquals(404, browser.download(browser.base() + "/staff/helpdesk/form/" + id + "?v=2").statusCode());
    }

    private String pdfText(String url, int pages) throws Exception {
        HttpResponse<byte[]> pdf = browser.download(url);
        assertEquals(200, pdf.statusCode(), url);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        PdfReader reader = new PdfReader(pdf.body());
        assertEquals(pages, reader.getNumberOfPages(), url);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= pages; p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }
}
