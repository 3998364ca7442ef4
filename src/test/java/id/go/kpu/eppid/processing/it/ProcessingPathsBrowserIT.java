package id.go.kpu.eppid.processing.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.GuestDesk;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
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
 * The officers' paths from a registered request to the outcome in the applicant's hands, in headless Chromium as the
 * officials of KPU Kota Kupang (REQ-4, REQ-5, REQ-6, LAW-1, LAW-2, ORG-3): (1) online request → the Chair disposes in
 * writing → the subdivision head analyses → not excepted → reply letter with the data → e-mailed → the tracking page
 * offers it; (2) walk-in to the Secretary → oral disposition → raw data collected without a letter, signed for in the
 * expedition book; (3) excepted under Pasal 17 huruf h → refusal letter naming the category, reasoning and the right
 * to object.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class ProcessingPathsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1280, 1100);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private Path shots() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    private JsonObject submitOnline() throws Exception {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> r = api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id");
        assertEquals(201, r.statusCode(), r.body());
        return PortalApi.json(r);
    }

    private long idOf(String number) throws Exception {
        PortalApi api = new PortalApi(base);
        JsonObject list = PortalApi.json(api.send(HttpRequest.newBuilder(api.uri("/api/staff/requests?q=" + number))
                .header("Authorization", PortalApi.basic("fo.kupang"))));
        return list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private void signInAt(String username, long id) {
        browser.clearSession();
        browser.signIn(username);
        browser.open("/staff/request.xhtml?id=" + id);
    }

    private void disposeAsChairTo(long id, String official) {
        signInAt("ketua.kupang", id);
        browser.choose("act:toOfficial", official);
        browser.type(css("act:instructions"), "Identifikasi dan siapkan datanya.");
        browser.click(css("act:dispose"));
        browser.waitForText("#assignee", official.substring(0, official.indexOf(" — ")));
    }

    /** The analysis as the assigned official: identification, held, one item classified as given. */
    private void analyse(String item, String classification) {
        browser.click(css("act") + " button.move-START_ANALYSIS");
        browser.waitForText(".status", "Sedang dianalisis");
        browser.type(css("an:identification"), "Pemohon meminta " + item.toLowerCase() + ".");
        browser.radio("an:held", "Ya, dikuasai");
        browser.click(css("an:saveAnalysis"));
        browser.waitForText("#pageMessages", "Analisis disimpan.");
        browser.type(css("an:description"), item);
        browser.choose("an:classification", classification);
    }

    private String draftAndApprove(String type, long id, String drafter) throws Exception {
        browser.choose("letters:type", type);
        browser.choose("letters:signer", "Demo sekretaris kupang — Sekretaris");
        browser.click(css("letters:createDraft"));
        browser.waitForText("#letterList", "Draf");
        signInAt("sekretaris.kupang", id);
        browser.click("#letterList .approve-button");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#letterList", "Disetujui");
        return browser.text("#letterList .letter-number");
    }

    private String pdfText(String href, String saveAs) throws Exception {
        HttpResponse<byte[]> pdf = browser.download(href);
        assertEquals(200, pdf.statusCode());
        Files.write(shots().resolve(saveAs), pdf.body());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    @Test
    void onlineRequestGrantedWithTheDataEmailedAndOfferedOnTheTrackingPage() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            JsonObject submitted = submitOnline();
            String number = submitted.getString("registrationNumber");
            long id = idOf(number);
            disposeAsChairTo(id, "Demo kasubag kupang — Kepala Subbagian");

            // ORG-3: an official who was not assigned sees the analysis but cannot work on it
            signInAt("kabag.kupang", id);
            assertFalse(browser.exists(css("an:saveAnalysis")), "not assigned: no analysis form");

            signInAt("kasubag.kupang", id);
            // REQ-8: the due date comes with how it was computed
            String explained = browser.text("#dueExplanation");
            assertTrue(explained.startsWith("Diterima ") && explained.contains("Hari kerja ke-10"), explained);
            analyse("Rekap hasil penghitungan suara Kecamatan Oebobo", "Tidak dikecualikan");
            browser.click(css("an:saveItem"));
            browser.waitForText("#items", "Rekap hasil penghitungan suara Kecamatan Oebobo");
            browser.upload("anData:dataFile", browser.tempFile("program.pdf", TestFiles.windowsExecutable()));
            browser.waitForText("#field-dataFile", "Berkas ditolak");
            browser.upload("anData:dataFile", browser.tempFile("rekap-oebobo.pdf", TestFiles.pdf()));
            browser.waitForText("#dataFiles", "rekap-oebobo.pdf");
            browser.open("/staff/request.xhtml?id=" + id);
            assertEquals("Diberikan seluruhnya", browser.text("#pendingOutcome"));
            browser.screenshot("paths-1a-analysis");
            browser.click(css("anDecide:decide"));
            browser.waitForText("#outcome", "Diberikan seluruhnya");

            String letterNumber = draftAndApprove("Pemberitahuan tertulis (diterima)", id, "kasubag.kupang");
            assertTrue(letterNumber.matches("\\d{3,}/PP\\.01-SD/5371/[IVX]+/\\d{4}"), letterNumber);
            String text = pdfText(browser.find("#letterList a.pdf-link").getAttribute("href"), "paths-1-acceptance.pdf");
            assertTrue(text.contains(letterNumber) && text.contains(number) && text.contains("rekap-oebobo.pdf"), text);

            // the subdivision head e-mails the letter with the data; the expedition book numbers the hand-over
            signInAt("kasubag.kupang", id);
            browser.radio("dl:method", "Surel");
            assertEquals("yohanes@example.org", browser.value(css("dl:recipientContact")));
            browser.screenshot("paths-1b-delivery");
            browser.click(css("dl:recordHandOver"));
            browser.waitForText("#handOvers", "/EKS/");
            assertEquals("Diserahkan", browser.text(".status"));

            smtp.waitForIncomingEmail(90_000, 1);
            Optional<MimeMessage> answer = Optional.empty();
            for (int i = 0; i < 45 && answer.isEmpty(); i++) {
                answer = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains("Jawaban permohonan "
                        + number)).findFirst();
                if (answer.isEmpty()) {
                    smtp.waitForIncomingEmail(2_000, smtp.getReceivedMessages().length + 1);
                }
            }
            assertTrue(answer.isPresent(), "the answer was e-mailed");
            Multipart parts = (Multipart) answer.get().getContent();
            assertEquals(3, parts.getCount(), "text, the letter and the data");
            assertEquals("rekap-oebobo.pdf", parts.getBodyPart(2).getFileName());

            // the applicant opens the tracking page with their code and downloads the letter and the data
            browser.clearSession();
            browser.open("/track.xhtml");
            browser.type(css("track:number"), number);
            browser.type(css("track:code"), submitted.getString("trackingCode"));
            browser.click(css("track:find"));
            browser.waitForText("#trackedOutcome", "Diberikan seluruhnya");
            assertTrue(browser.text("#trackedDocuments").contains("rekap-oebobo.pdf"));
            String tracked = browser.text("#trackedExplanation");
            assertTrue(tracked.contains("10 hari kerja") && tracked.contains("Hari kerja ke-10"), tracked);
            browser.screenshot("paths-1c-tracking");
            HttpResponse<byte[]> letter = browser.download(browser.find("#trackedDocuments a.document-link")
                    .getAttribute("href"));
            assertEquals(200, letter.statusCode());
            assertTrue(new String(letter.body(), 0, 5).startsWith("%PDF"));
            Browser stranger = new Browser(base.toString(), 800, 600);
            try {
                assertEquals(404, stranger.download(browser.find("#trackedDocuments a.document-link")
                        .getAttribute("href")).statusCode(), "without the tracking code: nothing");
            } finally {
                stranger.close();
            }
        } finally {
            smtp.stop();
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    @Test
    void walkInToTheSecretaryOralDispositionDataCollectedWithoutALetter() throws Exception {
        // CON-3/REQ-5: the security desk registers the guest, the front office records the walk-in from the visit
        browser.signIn("pamdal.kupang");
        GuestDesk.registerGuest(browser, "Maria Ndun", "Permohonan informasi", "T-18", true);
        browser.waitForUrl("guests/building.xhtml");
        browser.clearSession();
        browser.signIn("fo.kupang");
        browser.open("/staff/guests/building.xhtml");
        browser.clickInRow("Maria Ndun", "makeRequest");
        browser.waitForUrl("walkin.xhtml");
        browser.type(css("req:address"), "Jl. El Tari No. 5, Kupang");
        browser.type(css("req:subject"), "Daftar TPS Kelurahan Oebufu");
        browser.type(css("req:purpose"), "Bahan liputan");
        browser.radio("req:obtainMethod", "Mendapatkan salinan hardcopy");
        browser.radio("req:deliveryMethod", "Mengambil langsung");
        browser.type(css("req:informationSource"), "Papan pengumuman kantor");
        browser.radio("req:idCheck", "Identitas asli diperlihatkan kepada petugas (tanpa salinan)");
        browser.click(css("req:directAudience") + " .ui-chkbox-box");
        browser.choose("req:audienceOfficial", "Demo sekretaris kupang — Sekretaris");
        // REQ-5: the desk believes the list is at hand and registers it for the 1-hour service
        browser.click(css("req:immediate") + " .ui-chkbox-box");
        browser.click(css("req:consent") + " .ui-chkbox-box");
        browser.click(css("req:submit"));
        browser.waitForUrl("request/receipt.xhtml");
        long id = idOf(browser.text("#registrationNumber"));

        // REQ-5: the Secretary received the applicant and disposes orally to the subdivision head, who records it
        signInAt("kasubag.kupang", id);
        browser.choose("act:fromOfficial", "Demo sekretaris kupang — Sekretaris");
        browser.type(css("act:oralInstructions"), "Siapkan daftar TPS.");
        browser.click(css("act:recordOral"));
        browser.waitForText("#dispositions", "Disposisi lisan");
        assertTrue(browser.text("#dueExplanation").contains("1 jam layanan"), browser.text("#dueExplanation"));
        analyse("Daftar TPS Kelurahan Oebufu", "Tidak dikecualikan");
        browser.click(css("an:saveItem"));
        browser.waitForText("#items", "Daftar TPS");
        // the list must first be collected from the sub-district committee: the standard 10 working days apply
        browser.click(css("anDecide:serveAsStandard"));
        browser.waitForText("#field-standardReason", "Wajib diisi");
        browser.type(css("anDecide:standardReason"), "Daftar TPS harus dihimpun dulu dari PPK Kelapa Lima.");
        browser.click(css("anDecide:serveAsStandard"));
        browser.waitForText("#pageMessages", "dialihkan ke layanan standar");
        assertTrue(browser.text("#dueExplanation").contains("Hari kerja ke-10"), browser.text("#dueExplanation"));
        assertTrue(browser.text("#history").contains("Ketentuan batas waktu diubah"), browser.text("#history"));
        assertFalse(browser.exists(css("anDecide:serveAsStandard")), "once");
        browser.upload("anData:dataFile", browser.tempFile("daftar-tps.csv", "TPS;Alamat\n001;Jl. Frans Seda\n"
                .getBytes(StandardCharsets.UTF_8)));
        browser.waitForText("#dataFiles", "daftar-tps.csv");
        browser.open("/staff/request.xhtml?id=" + id);
        browser.click(css("anDecide:decide"));
        browser.waitForText("#outcome", "Diberikan seluruhnya");

        // the front office hands the raw data over at the desk; the applicant signs on screen
        signInAt("fo.kupang", id);
        browser.radio("dl:content", "Data mentah tanpa surat balasan");
        browser.radio("dl:method", "Diambil langsung");
        browser.click(css("dl:recordHandOver"));
        browser.waitForText("#field-signature", "Penerima harus menandatangani pada layar.");
        browser.drawOn(css("dl:signature") + " canvas");
        browser.screenshot("paths-2a-collection");
        browser.click(css("dl:recordHandOver"));
        browser.waitForText("#handOvers", "/EKS/");
        assertTrue(browser.text("#handOvers").contains("daftar-tps.csv"));
        assertTrue(browser.exists("#handOvers img.signature-thumb"));
        assertTrue(browser.text("#history").contains("Diserahkan kepada pemohon"), browser.text("#history"));

        // the expedition book lists it and prints it with the signature
        browser.click("#delivery a.help-link");
        browser.waitForUrl("delivery/book.xhtml");
        assertTrue(browser.text(css("book:handOvers")).contains("Maria Ndun"));
        browser.screenshot("paths-2b-expedition-book");
        String book = pdfText(browser.find(css("book:printLink")).getAttribute("href"), "paths-2-expedition-book.pdf");
        assertTrue(book.contains("BUKU EKSPEDISI") || book.contains("Buku Ekspedisi"), book);
        assertTrue(book.contains("Maria Ndun") && book.contains("daftar-tps.csv"), book);
    }

    @Test
    void exceptedUnderPasal17hRefusedWithTheCategoryReasoningAndTheRightToObject() throws Exception {
        long id = idOf(submitOnline().getString("registrationNumber"));
        disposeAsChairTo(id, "Demo kasubag kupang — Kepala Subbagian");
        signInAt("kasubag.kupang", id);
        analyse("Salinan KTP-el anggota KPPS", "Dikecualikan");
        browser.click(css("an:saveItem"));
        browser.waitForText("#field-category", "Informasi yang dikecualikan wajib");
        browser.choose("an:category", browser.find(css("an:category_input") + " option[value='h']")
                .getAttribute("textContent").trim());
        browser.type(css("an:harm"), "Membuka data pribadi (NIK, alamat) anggota KPPS.");
        browser.type(css("an:publicInterest"), "Perlindungan rahasia pribadi lebih besar daripada manfaat membukanya.");
        browser.type(css("an:legalBasis"), "UU 14/2008 Pasal 17 huruf h; UU 27/2022");
        browser.click(css("an:saveItem"));
        browser.waitForText("#items", "Pasal 17 huruf h");
        assertEquals("Ditolak (dikecualikan)", browser.text("#pendingOutcome"));
        browser.click(css("anDecide:decide"));
        browser.waitForText("#outcome", "Ditolak");
        browser.screenshot("paths-3a-refused");

        String number = draftAndApprove("Keputusan penolakan", id, "kasubag.kupang");
        String text = pdfText(browser.find("#letterList a.pdf-link").getAttribute("href"), "paths-3-refusal.pdf");
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("Pasal 17 huruf h"), text);
        assertTrue(text.contains("Membuka data pribadi"), "the consequence test: " + text);
        assertTrue(text.contains("keberatan") || text.contains("Keberatan"), "the right to object: " + text);
        assertTrue(text.contains("30"), "within 30 working days: " + text);
        browser.screenshot("paths-3b-letter");
    }
}
