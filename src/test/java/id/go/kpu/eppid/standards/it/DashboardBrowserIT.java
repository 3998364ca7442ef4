package id.go.kpu.eppid.standards.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
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
 * The staff dashboard in headless Chromium, in Indonesian: the Chair of KPU Kota Kupang sees the traffic lights of
 * the office, opens the requests behind a light, and the table of step times against the standards; a subdivision
 * head sees only their own.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class DashboardBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString(), 1280, 1600);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theChairSeesTheLightsAndTheStepTable() throws Exception {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> r = api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id");
        assertEquals(201, r.statusCode(), r.body());

        browser.signIn("ketua.kupang");
        browser.open("/staff/dashboard.xhtml");
        assertTrue(browser.text("#lights").contains("Tepat waktu"), browser.text("#lights"));
        assertTrue(browser.text("#lights").contains("Lewat tenggat"));
        assertTrue(browser.pageText().contains("Seluruh pejabat kantor ini."));
        assertTrue(browser.text(css("dash:steps")).contains("L06_DISPOSE"));
        assertTrue(browser.text(css("dash:steps")).contains("Disposisi tertulis kepada pejabat yang dituju"));
        assertTrue(browser.exists(css("navDashboard")) || browser.pageText().contains("Dasbor"));

        browser.click(css("dash:lightOnTime"));
        browser.waitForText(css("dash:openPanel"), "Tepat waktu");
        assertTrue(browser.exists(css("dash:open") + " tbody tr"));
        browser.screenshot("standards-dashboard-chair");

        browser.clearSession();
        browser.signIn("kasubag.kupang");
        browser.open("/staff/dashboard.xhtml");
        assertTrue(browser.pageText().contains("Permohonan yang didisposisikan kepada Anda."));
        browser.screenshot("standards-dashboard-kasubag");
    }
}
