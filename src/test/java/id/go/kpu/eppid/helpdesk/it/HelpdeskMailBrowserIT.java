package id.go.kpu.eppid.helpdesk.it;

import static id.go.kpu.eppid.testsupport.Browser.css;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.kpu.eppid.testsupport.Browser;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.FailureCapture;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The helpdesk's e-mail channel end to end (HD-3), with a real IMAP and SMTP server in process (GreenMail on the ports
 * the pom gives the test server): a party mails Mesuji's helpdesk mailbox over SMTP, another mail sits in the spam
 * folder; the officer has the mailbox read and finds both as e-mail consultations, with the attachment checked by
 * content (an executable refused); the answer recorded in the portal arrives in the party's mailbox as a reply in the
 * same thread (In-Reply-To, References, the number in the subject); the party's reply to it joins the same
 * consultation and asks for a new answer.
 */
@ExtendWith({ArquillianExtension.class, FailureCapture.class})
@RunAsClient
class HelpdeskMailBrowserIT {

    private static final String HELPDESK = "helpdesk@mesuji.kpu.example";
    private static final String PARTY = "sekretariat@pks-mesuji.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private GreenMail mail;

    @BeforeEach
    void open() throws Exception {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        GreenMailUser helpdesk = mail.setUser(HELPDESK, "helpdesk.mesuji", "uji-helpdesk");
        mail.setUser(PARTY, "pks.mesuji", "pks");
        mail.getManagers().getImapHostManager().createMailbox(helpdesk, "Spam");
        browser = new Browser(base.toString(), 1400, 1200);
    }

    @AfterEach
    void close() {
        browser.close();
        mail.stop();
    }

    @Test
    void aMailBecomesAConsultationAndTheAnswerGoesBackInTheSameThread() throws Exception {
        // the party writes to the helpdesk over SMTP, with a screenshot and a renamed executable
        MimeMessage question = message("<tanya-1@pks-mesuji.example>", "Akun operator SIPOL terkunci");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Akun operator kami terkunci setelah tiga kali salah sandi. Mohon dibuka.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(file("layar-sipol.png", TestFiles.png(), "image/png"));
        parts.addBodyPart(file("petunjuk.pdf", TestFiles.windowsExecutable(), "application/pdf"));
        question.setContent(parts);
        Transport.send(question);
        // a second question was filed as spam by the mail server
        MimeMessage spam = message("<tanya-2@pks-mesuji.example>", "Dokumen KTA ditolak");
        spam.setText("Unggahan KTA kami ditolak terus.", "UTF-8");
        spam.saveChanges();
        mail.getManagers().getImapHostManager().getFolder(mail.getManagers().getUserManager()
                .getUserByEmail(HELPDESK), "Spam").store(spam);

        browser.signIn("hd-petugas.mesuji");
        browser.open("/staff/helpdesk/index.xhtml");
        assertTrue(browser.text("#mailbox").contains(HELPDESK), browser.text("#mailbox"));
        browser.clickAndLoad(css("mbx:readNow"));
        browser.waitForText(css("mbx:mailboxMessages"), "Kotak surat dibaca");
        assertTrue(browser.text("#mailboxFolders").contains("INBOX"), browser.text("#mailboxFolders"));
        assertTrue(browser.text("#mailboxFolders").contains("Spam"));
        browser.screenshot("helpdesk-mail-01-read");

        String locked = consultationWith("Akun operator SIPOL terkunci");
        assertNotNull(consultationWith("Dokumen KTA ditolak"), "the spam folder is read too");
        browser.driver().get(locked);
        browser.waitForText("#hdStatus", "Permasalahan terkonfirmasi");
        assertTrue(browser.text("#summary").contains("Surat elektronik (email)"), browser.text("#summary"));
        assertTrue(browser.text("#attachments").contains("layar-sipol.png"), "the screenshot is kept");
        assertTrue(browser.text("#thread").contains("Lampiran petunjuk.pdf ditolak"), browser.text("#thread"));
        assertEquals(200, browser.download(browser.find("#attachments a.attachment-link").getAttribute("href"))
                .statusCode());

        // the answer goes out by SMTP as a reply in the thread
        browser.type(css("step:answer"), "Akun operator sudah kami buka. Silakan masuk lalu ganti sandi.");
        browser.type(css("step:references"), "Juknis SIPOL Bab II");
        browser.click(css("step:recordAnswer"));
        browser.waitForText("#pageMessages", "Jawaban dicatat.");
        assertTrue(browser.text("#thread").contains("Jawaban dikirim melalui email"), browser.text("#thread"));
        String number = browser.text("h1").replaceAll("(?s).*(HD-1811-\\d{4}-\\d{6}).*", "$1");
        MimeMessage reply = awaitMailTo(PARTY, 1).get(0);
        assertEquals("<tanya-1@pks-mesuji.example>", reply.getHeader("In-Reply-To", null));
        assertTrue(reply.getHeader("References", null).contains("<tanya-1@pks-mesuji.example>"));
        assertEquals("Re: Akun operator SIPOL terkunci [" + number + "]", reply.getSubject());
        assertEquals(HELPDESK, ((InternetAddress) reply.getFrom()[0]).getAddress());
        assertTrue(reply.getContent().toString().contains("Akun operator sudah kami buka."));

        // the party answers the reply: it joins the same consultation, which needs a new answer
        MimeMessage again = message("<tanya-3@pks-mesuji.example>", "Re: " + reply.getSubject());
        again.setHeader("In-Reply-To", reply.getMessageID());
        again.setHeader("References", "<tanya-1@pks-mesuji.example> " + reply.getMessageID());
        again.setText("Masih terkunci setelah sandi diganti.", "UTF-8");
        Transport.send(again);
        browser.open("/staff/helpdesk/index.xhtml");
        browser.clickAndLoad(css("mbx:readNow"));
        browser.waitForText(css("mbx:mailboxMessages"), "Kotak surat dibaca");
        browser.driver().get(locked);
        assertTrue(browser.text("#thread").contains("Masih terkunci setelah sandi diganti."), browser.text("#thread"));
        assertTrue(browser.pageText().contains("Jawaban diulang 1 kali"), "the follow-up asks for a new answer");
        assertTrue(browser.exists(css("step:recordAnswer")));
        browser.screenshot("helpdesk-mail-02-thread");
    }

    /** The consultation page whose problem contains {@code text}, among those listed. */
    private String consultationWith(String text) {
        browser.open("/staff/helpdesk/index.xhtml");
        List<String> links = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector(css("hdl:consultations")
                + " a.consultation-link"))) {
            links.add(a.getAttribute("href"));
        }
        for (String link : links) {
            browser.driver().get(link);
            if (browser.exists("#problem") && browser.text("#problem").contains(text)) {
                return link;
            }
        }
        return null;
    }

    private List<MimeMessage> awaitMailTo(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> ((InternetAddress) r).getAddress().equals(address))) {
                    found.add(m);
                }
            }
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + address + " within 90 s");
    }

    private static MimeMessage message(String id, String subject) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", "3025");
        MimeMessage m = new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        try {
            m.setFrom(new InternetAddress(PARTY, "Sekretariat DPD PKS Mesuji"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        m.setRecipients(Message.RecipientType.TO, HELPDESK);
        m.setSubject(subject, "UTF-8");
        return m;
    }

    private static MimeBodyPart file(String name, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        return part;
    }
}
