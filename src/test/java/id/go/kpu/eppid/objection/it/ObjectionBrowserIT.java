package id.go.kpu.eppid.objection.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.Pdfs;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestDatabase;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
 * Objections (LAW-3, UU 14/2008 Pasal 35–39) in headless Chromium, at KPU Kota Kupang: an applicant whose request was
 * refused two days ago objects on the portal within the 30-working-day window; the Chair (atasan PPID) answers,
 * signs the answer letter, and the dispute at the Information Commission is recorded; the register shows it all.
 * An applicant whose notice came 70 days ago is refused with the dates that make it late, on the portal and at the
 * desk.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class ObjectionBrowserIT {

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

    /** A refused information request of Kupang whose decision was recorded {@code daysAgo} days ago. */
    private record Refused(String number, String code) {
    }

    private Refused refusedDaysAgo(int daysAgo) throws Exception {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> submitted = api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id");
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject created = PortalApi.json(submitted);
        String number = created.getString("registrationNumber");
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), TestDatabase.USER,
                TestDatabase.PASSWORD)) {
            try (PreparedStatement s = c.prepareStatement("UPDATE service_request SET status = 'DECIDED', "
                    + "received_at = UTC_TIMESTAMP() - INTERVAL ? DAY WHERE registration_number = ?")) {
                s.setInt(1, daysAgo + 5);
                s.setString(2, number);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO request_analysis (request_id, identification, "
                    + "information_held, outcome, decision_note, decided_by, decided_at) SELECT id, "
                    + "'Rekap hasil pemilu (uji)', 1, 'REFUSED', 'Dikecualikan (uji)', "
                    + "'sekretaris.kupang', UTC_TIMESTAMP() - INTERVAL ? DAY FROM service_request "
                    + "WHERE registration_number = ?")) {
                s.setInt(1, daysAgo);
                s.setString(2, number);
                assertEquals(1, s.executeUpdate());
            }
        }
        return new Refused(number, created.getString("trackingCode"));
    }

    private void check(Refused r) {
        browser.open("/objection.xhtml?number=" + r.number());
        assertEquals(r.number(), browser.value(css("find:number")));
        browser.type(css("find:code"), r.code());
        browser.click(css("find:check"));
        browser.waitForText("#objectionRequest", r.number());
    }

    /** Opens an objection from the register by its number. */
    private void openObjection(String number) {
        String href = browser.driver().findElements(org.openqa.selenium.By.cssSelector("a.objection-link")).stream()
                .filter(a -> a.getText().trim().equals(number)).findFirst().orElseThrow().getAttribute("href");
        browser.driver().get(href);
        browser.waitForText("h1", number);
    }



    @Test
    void anApplicantObjectsInTimeAndTheChairAnswers() throws Exception {
        Refused r = refusedDaysAgo(2);

        // the applicant sees the window, chooses grounds a and d, writes a statement and attaches a PDF
        check(r);
        assertTrue(browser.text("#result").contains("pemberitahuan tertulis PPID"), browser.text("#result"));
        assertFalse(browser.text("#windowCloses").isBlank());
        browser.click(css("obj:submitObjection"));
        browser.waitForText("#field-objectionGrounds", "Pilih sekurang-kurangnya satu");
        assertTrue(browser.text("#field-objectionStatement").contains("Wajib diisi"), browser.pageText());
        browser.click("label[for=\"obj:objectionGrounds:0\"]");
        browser.click("label[for=\"obj:objectionGrounds:3\"]");
        browser.type(css("obj:objectionStatement"), "Rekap yang saya minta sudah diumumkan di papan pengumuman, "
                + "sehingga tidak dapat dikecualikan.");
        browser.upload("obj:objectionAttachment", browser.tempFile("bukti.pdf", TestFiles.pdf()));
        browser.waitForText(css("obj:attachmentBox"), "bukti.pdf");
        browser.screenshot("objection-01-form");
        browser.click(css("obj:submitObjection"));
        browser.waitForText("#objectionsFiled", "KB-5371-");
        String objectionNumber = browser.text("#objectionsFiled .objection-number");
        assertTrue(objectionNumber.matches("KB-5371-\\d{4}-\\d{4}"), objectionNumber);
        assertTrue(browser.pageText().contains("Keberatan Anda tercatat dengan nomor " + objectionNumber),
                browser.pageText());
        assertTrue(browser.text("#objectionRefused").contains("sudah tercatat dengan nomor " + objectionNumber),
                "a second objection waits for the first to be answered");
        assertFalse(browser.exists(css("obj:submitObjection")));
        assertFalse(browser.pageText().contains("0812"), "no phone number on the public page");
        browser.screenshot("objection-02-filed");

        // the Chair, as the PPID's superior, answers from the register
        browser.signIn("ketua.kupang");
        browser.click("#navObjections");
        browser.waitForUrl("staff/objections.xhtml");
        assertTrue(browser.text(css("register")).contains(objectionNumber), browser.text(css("register")));
        openObjection(objectionNumber);
        browser.waitForText("h1", objectionNumber);
        assertTrue(browser.text("#objectionGroundsText").contains("a. Penolakan atas permintaan informasi"));
        assertTrue(browser.exists("#attachmentLink"));
        HttpResponse<byte[]> attachment = browser.download(browser.find("#attachmentLink").getAttribute("href"));
        assertEquals(200, attachment.statusCode());
        assertTrue(new String(attachment.body(), 0, 5).startsWith("%PDF"));
        browser.click(css("od:decide"));
        browser.waitForText("#field-objectionDecision", "Wajib diisi");
        browser.radio("od:objectionDecision", "Keberatan diterima: PPID diperintahkan memberikan informasi");
        browser.type(css("od:objectionReason"), "Rekapitulasi telah diumumkan, sehingga uji konsekuensi tidak lagi "
                + "berlaku.");
        browser.click(css("od:decide"));
        browser.waitForText("#answer", "Keberatan diterima");
        assertFalse(browser.text("#commissionUntil").isBlank());
        browser.screenshot("objection-03-answered");

        // the answer letter: drafted on the request by the Chair, who signs it
        browser.click("#draftLetter");
        browser.waitForUrl("staff/request.xhtml");
        assertTrue(browser.text("#requestObjections").contains(objectionNumber));
        assertTrue(browser.text("#history").contains("Keberatan ditanggapi atasan PPID"), browser.text("#history"));
        browser.choose("letters:type", "Tanggapan atasan PPID atas keberatan");
        browser.choose("letters:signer", "Demo ketua kupang — Ketua");
        browser.click(css("letters:createDraft"));
        browser.waitForText("#letterList", "Draf");
        browser.click("#letterList .approve-button");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#letterList", "Disetujui");
        HttpResponse<byte[]> letter = browser.download(browser.find("#letterList a.pdf-link").getAttribute("href"));
        assertEquals(200, letter.statusCode());
        Pdfs.save("objection-answer.pdf", letter.body());
        String text = Pdfs.text(letter.body());
        assertTrue(text.contains(objectionNumber) && text.contains(r.number())
                && text.contains("diperintahkan untuk memberikan informasi"), text);
        assertTrue(text.contains("Komisi Informasi") && text.contains("14 (empat belas) hari kerja"), text);

        // REQ-10: the applicant at the desk rates the service on the Chair's screen; the request page says so
        String requestUrl = browser.driver().getCurrentUrl();
        browser.clickAndLoad(css("rs:rateHere"));
        browser.waitForUrl("survey.xhtml");
        for (String element : java.util.List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")) {
            browser.radio("survey:score" + element, "3 · Baik");
        }
        browser.click(css("survey:submit"));
        browser.waitForText("#surveyDone", "Terima kasih");
        browser.driver().get(requestUrl);
        browser.waitForText("#requestSurvey", "Diisi pemohon pada");
        assertTrue(browser.text("#requestSurvey").contains("(di layar petugas)"), browser.text("#requestSurvey"));
        assertFalse(browser.exists(css("rs:rateHere")), "answered once");

        // the PPID operator records the dispute the applicant took to the Commission
        browser.clearSession();
        browser.signIn("ppid.kupang");
        browser.open("/staff/objections.xhtml");
        openObjection(objectionNumber);
        browser.click(css("od:disputeBox") + " legend");
        browser.type(css("od:disputeNumber"), "001/REG-PSI/I/2027");
        browser.choose("od:disputeOutcome", "Sedang diproses Komisi Informasi");
        browser.click(css("od:recordDispute"));
        browser.waitForText("#field-disputeFiledOn", "Wajib diisi");
        assertEquals("001/REG-PSI/I/2027", browser.value(css("od:disputeNumber")), "what was typed stays");
        browser.type(css("od:disputeFiledOn_input"), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click(css("od:recordDispute"));
        browser.waitForText("#disputeOutcomeText", "Sedang diproses Komisi Informasi");
        browser.screenshot("objection-04-dispute");

        // the register, on screen and as Excel
        browser.open("/staff/objections.xhtml");
        String row = browser.text(css("register"));
        assertTrue(row.contains(objectionNumber) && row.contains("a, d") && row.contains("Keberatan diterima")
                && row.contains("Demo ketua kupang") && row.contains("001/REG-PSI/I/2027"), row);
        HttpResponse<byte[]> xlsx = browser.download(browser.find(css("exportXlsx")).getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        Path book = browser.tempFile("register.xlsx", xlsx.body());
        try (ZipFile zip = new ZipFile(book.toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            String xml = strings == null ? "" : new String(zip.getInputStream(strings).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains(objectionNumber) && xml.contains(r.number()), xml);
        }
        HttpResponse<byte[]> pdf = browser.download(browser.find(css("exportPdf")).getAttribute("href"));
        Pdfs.save("objection-register.pdf", pdf.body());
        assertTrue(Pdfs.text(pdf.body()).contains(objectionNumber), "the printed register lists it");
        browser.screenshot("objection-05-register");
    }

    @Test
    void anObjectionOutOfTimeIsRefusedWithTheDates() throws Exception {
        Refused r = refusedDaysAgo(70);
        check(r);
        String refused = browser.text("#objectionRefused");
        assertTrue(refused.contains("Batas waktu pengajuan keberatan telah lewat")
                && refused.contains("30 hari kerja, UU 14/2008 Pasal 36 ayat (1)"), refused);
        assertFalse(browser.exists(css("obj:submitObjection")), "no form once the window has closed");
        browser.screenshot("objection-06-too-late");

        // a letter brought to the desk today is refused the same way, and what was typed stays
        browser.signIn("fo.kupang");
        browser.open("/staff/objections.xhtml");
        browser.click(css("obj:deskBox") + " legend");
        browser.type(css("obj:objectionRequest"), r.number());
        browser.radio("obj:objectionChannel", "Surat");
        browser.click("label[for=\"obj:objectionGrounds:2\"]");
        browser.type(css("obj:objectionStatement"), "Surat keberatan yang datang terlambat (uji).");
        browser.click(css("obj:fileObjection"));
        browser.waitForText("#pageMessages", "Batas waktu pengajuan keberatan telah lewat");
        assertEquals(r.number(), browser.value(css("obj:objectionRequest")));
        assertTrue(browser.value(css("obj:objectionStatement")).contains("datang terlambat"));
        browser.screenshot("objection-07-desk-too-late");
    }
}
