package id.go.kpu.eppid.letter.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * Letter intake in headless Chromium, in Bahasa Indonesia (REQ-1, REQ-4, CON-1; seed 004 A.2.1.b): a letter
 * received by WhatsApp is registered with an agenda number and becomes a request with a registration number;
 * the register finds, exports and prints it; a telephone question is logged; another office sees none of it.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class LetterBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1280, 1000);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aWhatsAppLetterBecomesARequestWithAgendaAndRegistrationNumbers() throws Exception {
        browser.signIn("umum.kupang");
        browser.open("/staff/letters/new.xhtml");
        browser.radio("req:channel", "WhatsApp");
        browser.type(css("req:senderContact"), "+62 812 3456 7890");
        browser.type(css("req:letterNumber"), "012/YBK/XI/2026");
        browser.type(css("req:sender"), "Yayasan Bengkel Keadilan NTT");
        browser.type(css("req:letterSubject"), "Permohonan data daftar pemilih tetap");
        browser.choose("req:applicantType", "Lembaga swadaya masyarakat");
        browser.type(css("req:name"), "Paulus Lado");
        browser.type(css("req:institutionName"), "Yayasan Bengkel Keadilan NTT");
        browser.type(css("req:idNumber"), "5371011203800004");
        browser.type(css("req:address"), "Jl. Timor Raya No. 8, Kupang");
        browser.type(css("req:phone"), "0812 3456 7890");
        browser.type(css("req:subject"), "Jumlah DPT Pemilu 2024 per kelurahan di Kota Kupang");
        browser.type(css("req:purpose"), "Pemantauan pemilu");
        browser.radio("req:obtainMethod", "Mendapatkan salinan softcopy");
        browser.radio("req:deliveryMethod", "WhatsApp");
        browser.type(css("req:informationSource"), "Situs web KPU");
        // submitting without the scanned letter is refused and keeps everything typed
        browser.click(css("req:submit"));
        browser.waitForText("#field-requestLetter", "Unggah pindaian surat");
        assertEquals("Paulus Lado", browser.value(css("req:name")));
        browser.upload("req:requestLetter", browser.tempFile("surat-wa.pdf", TestFiles.pdf()));
        browser.waitForText(css("req:letterBox"), "surat-wa.pdf");
        browser.upload("req:idScan", browser.tempFile("ktp-paulus.jpg", TestFiles.jpeg(400, 250, 7)));
        browser.waitForText(css("req:idScanBox"), "ktp-paulus.jpg");
        browser.screenshot("letter-01-whatsapp-form");
        browser.click(css("req:submit"));
        browser.waitForUrl("letters/letter.xhtml");

        String agenda = browser.text("#agendaNumber");
        assertTrue(agenda.matches("\\d{4}/SM/5371/\\d{4}"), agenda);
        assertTrue(browser.pageText().contains("Surat dicatat dengan nomor agenda " + agenda), browser.pageText());
        assertTrue(browser.pageText().contains("+62 812 3456 7890"));
        assertTrue(browser.text("#letterFiles").contains("surat-wa.pdf"));
        browser.screenshot("letter-02-registered");
        browser.click(css("requestLink"));
        browser.waitForUrl("staff/request.xhtml");
        String number = browser.text("#detailNumber");
        assertTrue(number.matches("PI-5371-\\d{4}-\\d{6}"), number);
        String detail = browser.pageText();
        assertTrue(detail.contains("WhatsApp"), "channel recorded: " + detail);
        assertTrue(detail.contains("Pindaian identitas") && detail.contains("Surat permohonan"),
                "the letter's scan and ID copy are the request's files: " + detail);
        browser.screenshot("letter-03-request");

        // the register finds it, exports it and prints it
        browser.open("/staff/letters/register.xhtml");
        browser.type(css("lr:text"), "Bengkel Keadilan");
        browser.click(css("lr:apply"));
        browser.waitForText(css("lr:letters"), agenda);
        browser.screenshot("letter-04-register");
        HttpResponse<byte[]> xlsx = browser.download(browser.find(css("lr:exportXlsx")).getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().length > 1000 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "an xlsx (zip) file");
        HttpResponse<byte[]> pdf = browser.download(browser.find(css("lr:exportPdf")).getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String pdfText = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).replaceAll("\\s+", "");
        assertTrue(pdfText.contains(agenda) && pdfText.contains(number), pdfText);

        // a telephone question is logged with its contact and question
        browser.open("/staff/letters/contacts.xhtml");
        browser.type(css("contact:contact"), "0380 821234");
        browser.type(css("contact:name"), "Ibu Maria");
        browser.type(css("contact:question"), "Jam layanan PPID pada hari Jumat?");
        browser.type(css("contact:answer"), "08.00–16.30 WITA");
        browser.click(css("contact:log"));
        browser.waitForText(css("contactList:entries"), "Jam layanan PPID pada hari Jumat?");
        browser.screenshot("letter-05-contacts");

        // another office sees neither the letter nor its files
        browser.open("/staff/letters/register.xhtml");
        browser.click("a.agenda-link");
        String letterPage = browser.driver().getCurrentUrl();
        String fileUrl = browser.find("#letterFiles a").getAttribute("href");
        browser.clearSession();
        browser.signIn("fo.mesuji");
        browser.driver().get(letterPage);
        assertTrue(browser.pageText().contains("Halaman tidak ditemukan"), browser.pageText());
        assertEquals(404, browser.download(fileUrl).statusCode());
        browser.open("/staff/letters/register.xhtml");
        assertTrue(browser.pageText().contains("Belum ada surat yang cocok"), "Mesuji's register is its own");

        // the security desk has no letter intake
        browser.clearSession();
        browser.signIn("pamdal.kupang");
        browser.open("/staff/letters/new.xhtml");
        assertTrue(browser.pageText().contains("Akses ditolak"), browser.pageText());
    }
}
