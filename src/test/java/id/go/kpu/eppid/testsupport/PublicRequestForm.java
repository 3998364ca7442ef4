package id.go.kpu.eppid.testsupport;

import static id.go.kpu.eppid.testsupport.Browser.css;

/** The public request form ({@code /request/form.xhtml}) filled in as a person would, in Indonesian. */
public final class PublicRequestForm {

    private PublicRequestForm() {
    }

    /** Opens the office's information request form and types its fields as {@link #fill} does. */
    public static void openInformation(Browser browser, long officeId, String name) {
        browser.open("/request/form.xhtml?office=" + officeId + "&kind=information");
        fill(browser, name, true);
    }

    /** Types the applicant and request fields; {@code information} picks the information request's own choice. */
    public static void fill(Browser browser, String name, boolean information) {
        browser.type(css("req:name"), name);
        browser.type(css("req:idNumber"), "5371015203900002");
        browser.type(css("req:address"), "Jl. El Tari No. 5, Oebobo, Kupang");
        browser.type(css("req:occupation"), "Mahasiswa");
        browser.type(css("req:phone"), "0812-3726-4642");
        browser.type(css("req:email"), "maria@example.org");
        browser.type(css("req:subject"), information
                ? "Salinan daftar pemilih tetap Pemilu 2024 Kelurahan Oebobo"
                : "Tata cara pendaftaran pemantau pemilu");
        browser.type(css("req:purpose"), "Penelitian skripsi");
        if (information) {
            browser.radio("req:obtainMethod", "Mendapatkan salinan softcopy");
        }
        browser.radio("req:deliveryMethod", "Email");
        browser.type(css("req:informationSource"), "Situs web KPU");
    }

    /** Attaches a generated JPEG as the KTP scan ({@code ktp.jpg}; {@code seed} makes its content its own). */
    public static void attachIdScan(Browser browser, long seed) {
        browser.upload("req:idScan", browser.tempFile("ktp.jpg", TestFiles.jpeg(400, 250, seed)));
    }

    /** Ticks the consent box and sends the form. */
    public static void consentAndSubmit(Browser browser) {
        browser.click(css("req:consent") + " .ui-chkbox-box");
        submit(browser);
    }

    /** Sends the form (consent already ticked). */
    public static void submit(Browser browser) {
        browser.click(css("req:submit"));
    }
}
