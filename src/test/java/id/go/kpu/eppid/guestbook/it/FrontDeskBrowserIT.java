package id.go.kpu.eppid.guestbook.it;

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
import id.go.kpu.eppid.testsupport.PortalApi;
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

/**
 * The front desk in headless Chromium, in Bahasa Indonesia (REQ-3, REQ-5, CON-3, CON-5, HD-4, HD-16): the security
 * desk registers a guest with signature and ID card held, the front office turns the visit into a walk-in request
 * with a letter scan and hands over the receipt, the card and the ID card come back and the building empties.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class FrontDeskBrowserIT {

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
    void guestToWalkInRequestToCardAndIdReturnedAndTheBuildingEmpties() throws Exception {
        // the security desk (PAMDAL) registers the guest, holding the ID card, with a signature
        browser.signIn("pamdal.kupang");
        GuestDesk.registerGuest(browser, "Yohanes Bria", "Permohonan informasi", "T-07", false);
        browser.waitForText("#field-signature", "belum membubuhkan tanda tangan");
        assertEquals("Yohanes Bria", browser.value(css("guest:name")), "nothing typed is lost");
        browser.drawOn(css("guest:signature") + " canvas");
        browser.screenshot("frontdesk-01-guest-form");
        browser.click(css("guest:register"));
        browser.waitForUrl("guests/building.xhtml");
        assertTrue(browser.pageText().contains("Tamu Yohanes Bria tercatat dan menerima kartu T-07"), browser.pageText());
        assertTrue(browser.text(css("bld:visits")).contains("T-07"));
        assertTrue(browser.text(css("bld:visits")).contains("Ditahan di meja"));
        assertFalse(browser.exists(css("bld:visits") + " a[id$='makeRequest']"), "the security desk registers no requests");
        // HD-5: the desk gives the guest a queue ticket for the information desk, linked to the visit
        browser.clickInRow("Yohanes Bria", "issueTicket_button");
        browser.waitForText(css("bld:messages"), "untuk Yohanes Bria");
        String ticketMessage = browser.text(css("bld:messages"));
        assertTrue(ticketMessage.matches("(?s).*Nomor antrian A-\\d{3} untuk Yohanes Bria.*"), ticketMessage);
        String ticketNumber = ticketMessage.replaceAll("(?s).*Nomor antrian (A-\\d{3}).*", "$1");
        String ticketId = browser.find(css("bld:printTicket")).getAttribute("href").replaceAll(".*id=(\\d+).*", "$1");
        assertTrue(browser.text(css("bld:visits")).contains(ticketNumber));
        browser.screenshot("frontdesk-02-building-pamdal");

        // the front office turns the visit into a walk-in information request with the institution's letter
        browser.clearSession();
        browser.signIn("fo.kupang");
        browser.open("/staff/guests/building.xhtml");
        browser.clickInRow("Yohanes Bria", "makeRequest");
        browser.waitForUrl("walkin.xhtml");
        assertEquals("Yohanes Bria", browser.value(css("req:name")), "taken from the guest book, no retyping");
        assertEquals("5371014107850003", browser.value(css("req:idNumber")));
        browser.choose("req:applicantType", "Lembaga swadaya masyarakat");
        browser.type(css("req:institutionName"), "Lembaga Studi Demokrasi NTT");
        browser.type(css("req:address"), "Jl. Soekarno No. 12, Kupang");
        browser.type(css("req:purpose"), "Bahan kajian partisipasi pemilih");
        browser.radio("req:obtainMethod", "Mendapatkan salinan softcopy");
        browser.radio("req:deliveryMethod", "Mengambil langsung");
        browser.type(css("req:informationSource"), "Papan pengumuman kantor");
        browser.upload("req:requestLetter", browser.tempFile("surat-lembaga.pdf", TestFiles.pdf()));
        browser.waitForText(css("req:letterBox"), "surat-lembaga.pdf");
        // REQ-5: the recap is at hand, so the desk serves it within one service hour
        browser.click(css("req:immediate") + " .ui-chkbox-box");
        browser.click(css("req:consent") + " .ui-chkbox-box");
        browser.screenshot("frontdesk-03-walkin-form");
        browser.click(css("req:submit"));
        browser.waitForUrl("request/receipt.xhtml");
        String number = browser.text("#registrationNumber");
        assertTrue(number.matches("PI-5371-\\d{4}-\\d{6}"), number);
        assertTrue(browser.text("#trackingCode").matches("[A-Z2-9]{10}"));
        browser.screenshot("frontdesk-04-walkin-receipt");
        HttpResponse<byte[]> pdf = browser.download(browser.find("#downloadPdf").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        Files.write(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "walkin-receipt.pdf"),
                pdf.body());
        String pdfText = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(pdfText.contains(number), pdfText);
        assertTrue(pdfText.contains("Datang langsung"), pdfText);

        // the request is in the same register, channel walk-in, and the visit links to it
        browser.open("/staff/guests/book.xhtml");
        browser.click(css("gb:guests") + " a");
        browser.waitForUrl("guests/entry.xhtml");
        browser.click(css("requestLink"));
        browser.waitForText("#detailNumber", number);
        assertTrue(browser.pageText().contains("Datang langsung"));
        assertTrue(browser.text("#dueExplanation").contains("1 jam layanan, dihitung sejak"),
                "the one-hour regime, explained: " + browser.text("#dueExplanation"));
        // the queue ticket followed the visit to its request
        JsonObject ticket = PortalApi.json(new PortalApi(base).send(java.net.http.HttpRequest.newBuilder(
                new PortalApi(base).uri("/api/staff/queue/tickets/" + ticketId))
                .header("Authorization", PortalApi.basic("fo.kupang")).header("Accept", "application/json")));
        assertEquals(ticketNumber, ticket.getString("number"));
        assertTrue(ticket.containsKey("requestId") && !ticket.isNull("requestId"), ticket.toString());

        // back at the gate: the card comes back with the ID card, and the building is empty
        browser.clearSession();
        browser.signIn("pamdal.kupang");
        browser.open("/staff/guests/building.xhtml");
        browser.clickInRow("Yohanes Bria", "returnCard");
        browser.waitForText("#returnWho", "T-07");
        assertTrue(browser.find(css("bld:idReturned") + " .ui-chkbox-box").getAttribute("class").contains("ui-state-active"),
                "the ID card held goes back with the card by default");
        browser.screenshot("frontdesk-05-return-dialog");
        browser.click(css("bld:confirmReturn"));
        browser.waitForText("#insideCount", "0 tamu di dalam gedung");
        assertTrue(browser.pageText().contains("Tidak ada tamu di dalam gedung"));
        assertFalse(browser.pageText().contains("Kartu identitas yang masih ditahan"));
        browser.screenshot("frontdesk-06-building-empty");

        browser.open("/staff/guests/book.xhtml");
        browser.click(css("gb:guests") + " a");
        String entry = browser.pageText();
        assertTrue(entry.contains("Kartu identitas dikembalikan"), entry);
        assertTrue(entry.contains("Dikembalikan oleh pamdal.kupang"), entry);
        assertTrue(entry.contains("Dikaitkan dengan permohonan yang didaftarkan"), entry);
        assertTrue(browser.find("#signatureImage").getAttribute("naturalWidth").matches("[1-9]\\d*"),
                "the stored signature is shown");
        browser.screenshot("frontdesk-07-guest-entry");

        HttpResponse<byte[]> book = browser.download(browser.base() + "/staff/guests/book.pdf");
        assertEquals(200, book.statusCode());
        Files.write(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "guest-book.pdf"), book.body());
        String bookText = new PdfTextExtractor(new PdfReader(book.body())).getTextFromPage(1);
        assertTrue(bookText.contains("Yohanes Bria"), bookText);
        assertFalse(bookText.contains("5371014107850003"), "ID numbers are masked in print");
    }

    @Test
    void anotherOfficeSeesNoneOfTheGuestBookAndTheDeskRolesAreKeptApart() throws Exception {
        browser.signIn("pamdal.kupang");
        GuestDesk.registerGuest(browser, "Agustina Lay", "Konsultasi", "T-12", true);
        browser.waitForUrl("guests/building.xhtml");
        String entryUrl = browser.find(css("bld:visits") + " a[href*='entry.xhtml']").getAttribute("href");
        String id = entryUrl.replaceAll(".*id=(\\d+).*", "$1");
        browser.open("/staff/guests/cards.xhtml");
        assertTrue(browser.text(css("cards:list")).contains("Dipakai tamu"), "T-12 is with the guest");

        // the card cannot be handed out twice while the guest holds it
        GuestDesk.registerGuest(browser, "Orang Lain", "Lainnya", "T-13", true);
        browser.waitForUrl("guests/building.xhtml");
        browser.open("/staff/guests/new.xhtml");
        browser.find(css("guest:card")).click();
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                css("guest:card_panel") + " li[data-label='T-12']")).isEmpty(), "a card in use is not offered");

        browser.clearSession();
        browser.signIn("fo.mesuji");
        browser.open("/staff/guests/entry.xhtml?id=" + id);
        assertTrue(browser.pageText().contains("Halaman tidak ditemukan"), browser.pageText());
        assertEquals(404, browser.download(browser.base() + "/staff/guests/signature/" + id).statusCode());
        browser.open("/staff/walkin.xhtml?guest=" + id);
        assertTrue(browser.pageText().contains("Halaman tidak ditemukan"), browser.pageText());
        browser.open("/staff/guests/building.xhtml");
        assertFalse(browser.pageText().contains("Agustina Lay"), "Mesuji's building list is its own");

        // a helpdesk officer reads the guest book but registers no walk-in request
        browser.clearSession();
        browser.signIn("hd-petugas.kupang");
        browser.open("/staff/walkin.xhtml?guest=" + id);
        assertTrue(browser.pageText().contains("Akses ditolak"), browser.pageText());

        // both leave: one gives the card back, the other lost it (the card leaves the pool)
        browser.clearSession();
        browser.signIn("pamdal.kupang");
        browser.open("/staff/guests/building.xhtml");
        browser.clickInRow("Agustina Lay", "returnCard");
        browser.waitForText("#returnWho", "T-12");
        browser.click(css("bld:confirmReturn"));
        browser.waitForText(css("bld:messages"), "Kartu T-12 diterima kembali");
        browser.clickInRow("Orang Lain", "returnCard");
        browser.waitForText("#returnWho", "T-13");
        browser.click(css("bld:idReturned") + " .ui-chkbox-box"); // the ID card stays at the desk for now
        browser.click(css("bld:cardLost"));
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText(css("bld:messages"), "kartu T-13 dicatat hilang");
        browser.waitForText(css("bld:idsHeld"), "Orang Lain");
        browser.click(css("bld:idsHeld") + " button[id$='returnId']");
        browser.waitForText(css("bld:messages"), "Kartu identitas Orang Lain telah dikembalikan");
        browser.open("/staff/guests/cards.xhtml");
        assertTrue(browser.driver().findElement(org.openqa.selenium.By.xpath("//tr[contains(., 'T-13')]")).getText()
                .contains("Tidak aktif"), "a lost card leaves the pool");
    }
}
