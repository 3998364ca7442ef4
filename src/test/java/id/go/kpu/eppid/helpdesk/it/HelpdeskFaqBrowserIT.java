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
 * The FAQ SIPOL in headless Chromium (HD-6): the public page of an office shows the national entries and those of its
 * province only, searched in Indonesian (derived word forms found); KPU Provinsi Lampung publishes an entry and
 * changes it (version 2, version 1 kept); a district cannot publish; an officer at Mesuji answers with an FAQ entry,
 * which is cited, linked and counted.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskFaqBrowserIT {

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
    void theFaqIsSearchedInIndonesianPublishedFromAboveAndUsedInAnswers() {
        // public: Mesuji sees the national entries and Lampung's; Kupang does not see Lampung's
        browser.open("/faq.xhtml?office=1811");
        assertTrue(browser.text("#faqOffice").contains("Kabupaten Mesuji"), browser.text("#faqOffice"));
        assertTrue(browser.pageText().contains("Di mana partai di Lampung menyerahkan dokumen"));
        browser.type(css("pfaq:query"), "mengunci akun");
        browser.click(css("pfaq:search"));
        browser.waitForText(css("pfaq:entries"), "terkunci");
        assertTrue(browser.text(css("pfaq:entries") + " article h3").contains("akun operator SIPOL partai terkunci"),
                "'mengunci' finds 'terkunci': " + browser.text(css("pfaq:entries")));
        browser.screenshot("helpdesk-faq-01-public");
        browser.open("/faq.xhtml?office=5371");
        assertFalse(browser.pageText().contains("Di mana partai di Lampung"), "a province's entries stay there");

        // the province publishes and revises an entry; the earlier version is kept
        browser.signIn("hd-ketua.lampung");
        browser.open("/staff/helpdesk/faq.xhtml");
        browser.choose("faq:faqCategory", "Kepengurusan");
        browser.click(css("faq:saveFaq"));
        browser.waitForText("#field-faqQuestion", "Wajib diisi");
        browser.type(css("faq:faqQuestion"), "Siapa yang menandatangani surat keterangan kepengurusan partai?");
        browser.type(css("faq:faqAnswer"), "Ketua dan sekretaris pengurus partai di tingkat yang bersangkutan.");
        browser.type(css("faq:faqSource"), "PKPU Nomor 4 Tahun 2022 Pasal 8");
        browser.click(css("faq:saveFaq"));
        browser.waitForText("#pageMessages", "Entri disimpan: FAQ SIPOL #");
        browser.click("#ownEntries li:last-child a[id$=':edit']");
        browser.waitForText("#faqVersions", "Versi 1");
        browser.find(css("faq:faqAnswer")).clear();
        browser.type(css("faq:faqAnswer"), "Ketua dan sekretaris (atau sebutan lain) pengurus partai di tingkat itu.");
        browser.click(css("faq:saveFaq"));
        browser.waitForText("#pageMessages", "v2");
        browser.click("#ownEntries li:last-child a[id$=':edit']");
        browser.waitForText("#faqVersions", "Versi 2");
        assertTrue(browser.text("#faqVersions").contains("Versi 1"), "version 1 kept");

        // a district office reads but does not publish
        browser.clearSession();
        browser.signIn("hd-ketua.mesuji");
        browser.open("/staff/helpdesk/faq.xhtml");
        assertFalse(browser.exists("#faqEditor"));
        assertTrue(browser.pageText().contains("Siapa yang menandatangani surat keterangan kepengurusan"),
                "Lampung's entry reaches Mesuji");

        // an officer answers with an FAQ entry: cited, linked and counted
        browser.clearSession();
        browser.signIn("hd-petugas.mesuji");
        browser.open("/staff/helpdesk/new.xhtml");
        browser.radio("hd:channel", "Grup pesan daring");
        browser.choose("hd:party", "1. Partai Kebangkitan Bangsa");
        browser.type(css("hd:representative"), "Rudi Hartono");
        browser.type(css("hd:phone"), "0812 7000 1899");
        browser.choose("hd:topic", "Akun SIPOL");
        browser.type(css("hd:problem"), "Akun operator kami terkunci.");
        browser.clickAndLoad(css("hd:open"));
        browser.waitForText("#hdStatus", "Permasalahan terkonfirmasi");
        browser.type(css("step:faqQuery"), "zzzyyx");
        browser.click(css("step:searchFaq"));
        browser.waitForText("#faqNone", "Tidak ada entri FAQ yang cocok.");
        browser.find(css("step:faqQuery")).clear();
        browser.type(css("step:faqQuery"), "akun terkunci");
        browser.click(css("step:searchFaq"));
        browser.waitForText(css("step:faqResults"), "akun operator SIPOL partai terkunci");
        browser.click(css("step:faqResults") + " a[id$=':useFaq']");
        browser.waitForText("#chosenFaqs", "FAQ SIPOL #");
        assertTrue(browser.value(css("step:answer")).contains("Admin partai di tingkat pusat"));
        assertTrue(browser.value(css("step:references")).contains("FAQ SIPOL #"));
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#pageMessages", "Jawaban dicatat.");
        assertTrue(browser.text("#linkedFaqs").contains("akun operator SIPOL partai terkunci"));
        browser.screenshot("helpdesk-faq-02-answer");
        String consultation = browser.driver().getCurrentUrl();

        // HD-9: the answer must be corrected: a callback, called until it reaches the party
        browser.click(css("cb:scheduleBox") + " legend");
        browser.waitForText(css("cb:scheduleBox"), "Jawaban perlu diperbaiki");
        browser.radio("cb:callbackReason", "Jawaban perlu diperbaiki");
        browser.retype(css("cb:callbackDue_input"), "01/01/2020 08.00");
        browser.click(css("cb:scheduleCallback"));
        browser.waitForText("#field-callbackDue", "tidak boleh lewat");
        browser.retype(css("cb:callbackDue_input"), java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta"))
                .plusHours(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm")));
        browser.type(css("cb:callbackNote"), "Sampaikan juga cara membuka kunci admin pusat.");
        browser.click(css("cb:scheduleCallback"));
        browser.waitForText("#pageMessages", "Telepon balik dijadwalkan untuk hd-petugas.mesuji.");
        browser.open("/staff/helpdesk/callbacks.xhtml");
        assertTrue(browser.text("#callbacks").contains("Rudi Hartono"), browser.text("#callbacks"));
        assertTrue(browser.text("#callbacks").contains("Jawaban perlu diperbaiki"));
        browser.click("#callbacks a[id$=':callNow']");
        browser.waitForText("#callBox", "Dihubungi lagi nanti");
        browser.radio("cb:callOutcome", "Dihubungi lagi nanti");
        browser.click(css("cb:recordCall"));
        browser.waitForText("#field-callNextDue", "isi waktu berikutnya");
        browser.radio("cb:callOutcome", "Tidak tersambung");
        browser.click(css("cb:recordCall"));
        browser.waitForText("#pageMessages", "Hasil panggilan dicatat.");
        assertTrue(browser.text("#callbacks").contains("Tidak tersambung"));
        browser.click("#callbacks a[id$=':callNow']");
        browser.waitForText("#callBox", "Tersambung");
        browser.radio("cb:callOutcome", "Tersambung, jawaban/perbaikan disampaikan");
        browser.type(css("cb:callNote"), "Sudah dijelaskan lewat telepon.");
        browser.click(css("cb:recordCall"));
        browser.waitForText("#pageMessages", "Hasil panggilan dicatat.");
        browser.waitForText("#callbackNone", "Tidak ada telepon balik yang menunggu.");
        browser.driver().get(consultation);
        assertTrue(browser.text("#thread").contains("Telepon balik dilakukan"), browser.text("#thread"));
        browser.open("/staff/helpdesk/faq.xhtml");
        browser.type(css("faq:query"), "akun terkunci");
        browser.click(css("faq:search"));
        browser.waitForText(css("faq:entries"), "dipakai 1 kali");
    }
}
