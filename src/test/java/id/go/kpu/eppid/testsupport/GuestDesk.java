package id.go.kpu.eppid.testsupport;

import static id.go.kpu.eppid.testsupport.Browser.css;

/** The security desk's guest registration page, as browser tests fill it (REQ-3, CON-3). */
public final class GuestDesk {

    private GuestDesk() {
    }

    /** Fills and submits /staff/guests/new.xhtml; {@code sign} draws the guest's signature. */
    public static void registerGuest(Browser browser, String name, String purposeLabel, String card, boolean sign) {
        browser.open("/staff/guests/new.xhtml");
        browser.type(css("guest:name"), name);
        browser.type(css("guest:institution"), "Lembaga Studi Demokrasi NTT");
        browser.type(css("guest:phone"), "0813 3900 1122");
        browser.choose("guest:purpose", purposeLabel);
        browser.type(css("guest:visiting"), "Front Office PPID");
        browser.type(css("guest:purposeNote"), "Data rekapitulasi partisipasi pemilih Pemilu 2024 per kecamatan");
        browser.type(css("guest:idNumber"), "5371014107850003");
        browser.choose("guest:card", card);
        if (sign) {
            browser.drawOn(css("guest:signature") + " canvas");
        }
        browser.click(css("guest:register"));
    }
}
