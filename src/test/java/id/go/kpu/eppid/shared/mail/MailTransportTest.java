package id.go.kpu.eppid.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real SMTP conversation with an in-process server (GreenMail), and the outbox's retry rules. */
class MailTransportTest {

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void sendsUtf8PlainText() throws Exception {
        MailTransport transport = new MailTransport(new MailTransport.Settings("127.0.0.1",
                smtp.getSmtp().getPort(), "ppid@kota-kupang.example", "", "", false));
        transport.send("pemohon@example.org", "Permohonan Anda diterima: PI-5371-2026-000001",
                "Yth. Dédé,\nBatas waktu – Senin");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Permohonan Anda diterima: PI-5371-2026-000001", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("=E2=80=93") // quoted-printable en dash
                || received[0].getContent().toString().contains("–"));
    }

    @Test
    void failsClearlyWhenTheServerIsAwayOrUnset() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        MailTransport away = new MailTransport(new MailTransport.Settings("127.0.0.1", port, "a@b.c", "", "", false));
        assertThrows(MessagingException.class, () -> away.send("x@example.org", "s", "b"));
        MailTransport unset = new MailTransport(new MailTransport.Settings("", 25, "a@b.c", "", "", false));
        assertThrows(MessagingException.class, () -> unset.send("x@example.org", "s", "b"));
    }

    @Test
    void aFailedMailIsRetriedWithGrowingPausesThenMarkedFailed() {
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        OutgoingMail mail = new OutgoingMail(1L, 2L, "x@example.org", "s", "b", t);
        mail.markFailedAttempt(t, "connection refused");
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        assertEquals(t.plusSeconds(60), mail.getNextAttemptAt());
        mail.markFailedAttempt(t, "connection refused");
        assertEquals(t.plusSeconds(120), mail.getNextAttemptAt());
        for (int i = 2; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.markFailedAttempt(t, "connection refused");
        }
        assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
        assertEquals("connection refused", mail.getLastError());
        mail.retryNow(t);
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
    }
}
