package id.go.kpu.eppid.shared.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The helpdesk mailbox reading (HD-3) against a real IMAP server in process (GreenMail): new mail of the inbox and the
 * spam folder by UID, thread headers, text from plain or HTML mail, attachments up to a limit; and a threaded reply
 * sent over real SMTP keeps its Message-ID, In-Reply-To and References.
 */
class MailboxReaderTest {

    private static final String MAILBOX = "helpdesk@mesuji.kpu.example";

    private GreenMail mail;
    private GreenMailUser helpdesk;

    @BeforeEach
    void start() throws Exception {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        helpdesk = mail.setUser(MAILBOX, "helpdesk.mesuji", "rahasia");
        mail.getManagers().getImapHostManager().createMailbox(helpdesk, "Spam");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private MailboxReader reader(long maxAttachment) {
        return new MailboxReader(new MailboxReader.Settings("127.0.0.1", mail.getImap().getPort(), false,
                "helpdesk.mesuji", "rahasia"), maxAttachment);
    }

    private static MimeMessage message(String id, String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(new InternetAddress("sekretariat@pks-mesuji.example", "Sekretariat PKS Mesuji"));
        m.setRecipients(Message.RecipientType.TO, MAILBOX);
        m.setSubject(subject, "UTF-8");
        return m;
    }

    private void deliver(String folder, MimeMessage m) throws Exception {
        m.saveChanges();
        mail.getManagers().getImapHostManager().getFolder(helpdesk, folder).store(m);
    }

    @Test
    void readsNewMailOfTheInboxAndSpamByUidWithThreadHeadersTextAndAttachments() throws Exception {
        MimeMessage plain = message("<q1@pks.example>", "Akun SIPOL terkunci");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Akun admin partai terkunci sejak pagi.", "UTF-8");
        parts.addBodyPart(text);
        MimeBodyPart png = new MimeBodyPart();
        png.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "image/png")));
        png.setFileName("layar.png");
        parts.addBodyPart(png);
        MimeBodyPart big = new MimeBodyPart();
        big.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[5000], "application/pdf")));
        big.setFileName("besar.pdf");
        parts.addBodyPart(big);
        plain.setContent(parts);
        deliver("INBOX", plain);

        MimeMessage html = message("<q2@pks.example>", "Re: Akun SIPOL terkunci");
        html.setHeader("In-Reply-To", "<a1@mesuji.kpu.example>");
        html.setHeader("References", "<q1@pks.example> <a1@mesuji.kpu.example>");
        html.setContent("<html><body><p>Sudah bisa &amp; terima kasih</p><script>x()</script></body></html>",
                "text/html; charset=UTF-8");
        deliver("Spam", html);

        MailboxReader reader = reader(1000);
        try (MailboxReader.Connection c = reader.connect()) {
            MailboxReader.Batch inbox = c.fetch("INBOX", null, 0, 50);
            assertEquals(1, inbox.messages().size());
            MailboxReader.Fetched q1 = inbox.messages().get(0);
            assertEquals("<q1@pks.example>", q1.messageId());
            assertEquals("sekretariat@pks-mesuji.example", q1.fromAddress());
            assertEquals("Sekretariat PKS Mesuji", q1.fromName());
            assertEquals("Akun admin partai terkunci sejak pagi.", q1.text());
            List<MailboxReader.Attachment> files = q1.attachments();
            assertEquals(2, files.size());
            assertEquals("layar.png", files.get(0).fileName());
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, files.get(0).content());
            assertTrue(files.get(1).tooLarge(), "over the limit: name and size only");
            assertEquals(5000, files.get(1).size());

            MailboxReader.Batch spam = c.fetch("Spam", null, 0, 50);
            MailboxReader.Fetched q2 = spam.messages().get(0);
            assertEquals("<a1@mesuji.kpu.example>", q2.inReplyTo());
            assertEquals("<q1@pks.example> <a1@mesuji.kpu.example>", q2.references());
            assertEquals("Sudah bisa & terima kasih", q2.text(), "HTML reduced to text, script dropped");

            // by UID: nothing new after the last one taken; all again when UIDVALIDITY is not the known one
            assertTrue(c.fetch("INBOX", inbox.uidValidity(), q1.uid(), 50).messages().isEmpty());
            assertEquals(1, c.fetch("INBOX", inbox.uidValidity() + 1, q1.uid(), 50).messages().size());
            MimeMessage q3 = message("<q3@pks.example>", "Pertanyaan baru");
            q3.setText("Bagaimana mengganti operator?", "UTF-8");
            deliver("INBOX", q3);
            List<MailboxReader.Fetched> next = c.fetch("INBOX", inbox.uidValidity(), q1.uid(), 50).messages();
            assertEquals(1, next.size());
            assertEquals("<q3@pks.example>", next.get(0).messageId());
            assertTrue(c.fetch("Arsip", null, 0, 50).missing());
        }
    }

    @Test
    void aThreadedReplyKeepsItsHeadersOverSmtp() throws Exception {
        MailTransport transport = new MailTransport(new MailTransport.Settings("127.0.0.1",
                mail.getSmtp().getPort(), "ppid@localhost", "", "", false));
        String id = MailThread.newMessageId(MAILBOX);
        transport.send("sekretariat@pks-mesuji.example", "Re: Akun SIPOL terkunci [HD-1811-2026-000001]",
                "Sudah dibuka.", List.of(), new MailThread(MAILBOX, id, "<q1@pks.example>",
                        MailThread.referencesOfReply(null, "<q1@pks.example>")));
        MimeMessage received = mail.getReceivedMessages()[0];
        assertEquals(id, received.getMessageID());
        assertEquals("<q1@pks.example>", received.getHeader("In-Reply-To", null));
        assertEquals("<q1@pks.example>", received.getHeader("References", null));
        assertEquals(MAILBOX, ((InternetAddress) received.getFrom()[0]).getAddress());
        assertTrue(id.endsWith("@mesuji.kpu.example>"), id);
        assertNull(MailThread.referencesOfReply(null, null));
        assertEquals(new String("Sudah dibuka.".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                received.getContent().toString().strip());
    }
}
