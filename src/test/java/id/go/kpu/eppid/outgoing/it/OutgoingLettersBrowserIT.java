package id.go.kpu.eppid.outgoing.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.Pdfs;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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
 * Outgoing letters in headless Chromium, in Indonesian, at KPU Kota Kupang: the administrator edits a letter
 * template (a broken one is refused with its line and the typed text kept), previews it as PDF with sample data, saves
 * and resets it, and sees the number format's example change as they type; on a request page the PPID operator
 * drafts a refusal for the Secretary, who approves it and gets the numbered PDF. The test-only {@link TestLetterFacts}
 * offers every letter type.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class OutgoingLettersBrowserIT {

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



    @Test
    void theAdministratorEditsPreviewsSavesAndResetsATemplate() throws Exception {
        browser.signIn("admin.kupang");
        browser.open("/staff/admin/letter-templates.xhtml");
        assertTrue(browser.pageText().contains("Templat Surat Keluar"), browser.pageText());
        browser.choose("tpl:type", "Keputusan penolakan");
        browser.waitForText("#source", "Templat bawaan nasional");
        assertTrue(browser.value(css("tpl:subject")).contains("Penolakan"), browser.value(css("tpl:subject")));
        assertTrue(browser.value(css("tpl:body")).contains("Atasan PPID"), "LAW-3 in the default text");

        // a template that does not compile is refused with its line; what was typed stays
        String broken = "Dengan hormat,\n\n{{#items}}\n{{description}}\n{{/itemz}}";
        browser.type(css("tpl:body"), broken);
        browser.click(css("tpl:save"));
        browser.waitForText("#field-body", "baris 5");
        assertEquals(broken, browser.value(css("tpl:body")));

        browser.type(css("tpl:subject"), "Uji penolakan {{registrationNumber}}");
        browser.type(css("tpl:body"), "Yth. {{applicantName}}, permohonan Anda ditolak (uji é ü).\n\n"
                + "Kategori :: {{#items}}{{category}}{{/items}}");
        browser.click(css("tpl:preview"));
        String href = browser.find(css("tpl:previewLink")).getAttribute("href");
        HttpResponse<byte[]> preview = browser.download(href);
        assertEquals(200, preview.statusCode());
        Pdfs.save("letter-template-preview.pdf", preview.body());
        String text = Pdfs.text(preview.body());
        assertTrue(text.contains("Uji penolakan PI-0000-2026-000000") && text.contains("Pemohon Contoh")
                && text.contains("(uji é ü)") && text.contains("Pasal 17 huruf h")
                && text.contains("CONTOH / SAMPLE") && text.contains("KOTA KUPANG"), text);
        browser.screenshot("letter-templates-01-preview");

        browser.click(css("tpl:save"));
        browser.waitForText("#source", "Salinan kantor ini");
        browser.click(css("tpl:reset"));
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#source", "Templat bawaan nasional");
        assertTrue(browser.value(css("tpl:subject")).startsWith("Keputusan PPID"), browser.value(css("tpl:subject")));

        // the number format's example follows what is typed
        browser.type(css("tpl:numberFormat"), "{seq}/UJI/{office}/{romanMonth}/{year}");
        browser.waitForText(css("tpl:example"), "001/UJI/5371/");
        browser.screenshot("letter-templates-02-number-format");
    }

    @Test
    void theOperatorDraftsARefusalAndTheSecretaryApprovesIt() throws Exception {
        PortalApi api = new PortalApi(base);
        MultipartBody body = new MultipartBody().field("officeId", String.valueOf(api.officeId("5371")));
        Map<String, String> fields = MultipartBody.validFields("INFORMATION");
        fields.put("subject", TestLetterFacts.SUBJECT);
        fields.forEach(body::field);
        HttpResponse<String> submitted = api.submit(body.file("idScan", "ktp.jpg", "image/jpeg", TestFiles.smallJpeg()),
                "id");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String number = PortalApi.json(submitted).getString("registrationNumber");
        JsonObject list = PortalApi.json(api.send(HttpRequest.newBuilder(api.uri("/api/staff/requests?q=" + number))
                .header("Authorization", PortalApi.basic("fo.kupang"))));
        long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        browser.signIn("ppid.kupang");
        browser.open("/staff/request.xhtml?id=" + id);
        assertTrue(browser.text("#outgoing").contains("Belum ada surat keluar"), browser.text("#outgoing"));
        browser.choose("letters:type", "Keputusan penolakan");
        browser.choose("letters:signer", "Demo sekretaris kupang — Sekretaris");
        browser.click(css("letters:createDraft"));
        browser.waitForText("#letterList", "Draf");
        assertTrue(browser.pageText().contains("Draf surat dibuat."), browser.pageText());
        assertTrue(browser.text("#history").contains("Draf surat keluar dibuat"), browser.text("#history"));
        HttpResponse<byte[]> draft = browser.download(browser.find("#letterList a.pdf-link").getAttribute("href"));
        assertTrue(Pdfs.text(draft.body()).contains("DRAF / DRAFT"));
        browser.screenshot("outgoing-01-draft");

        browser.clearSession();
        browser.signIn("sekretaris.kupang");
        browser.open("/staff/request.xhtml?id=" + id);
        browser.click("#letterList .approve-button");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#letterList", "Disetujui");
        String letterNumber = browser.text("#letterList .letter-number");
        assertTrue(letterNumber.matches("\\d{3,}/PP\\.01-SD/5371/[IVX]+/\\d{4}"), letterNumber);
        HttpResponse<byte[]> pdf = browser.download(browser.find("#letterList a.pdf-link").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        Pdfs.save("outgoing-refusal.pdf", pdf.body());
        String text = Pdfs.text(pdf.body());
        assertTrue(text.contains(letterNumber) && text.contains(number)
                && text.contains("Disetujui secara elektronik melalui portal e-PPID oleh Demo sekretaris kupang"), text);
        browser.screenshot("outgoing-02-approved");

        browser.open("/staff/outgoing/register.xhtml");
        assertTrue(browser.text(css("reg:letters")).contains(letterNumber), browser.text(css("reg:letters")));
    }
}
