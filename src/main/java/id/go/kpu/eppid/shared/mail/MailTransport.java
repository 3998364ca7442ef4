package id.go.kpu.eppid.shared.mail;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends one plain-text mail, with attachments if any, over SMTP with Jakarta Mail. Independent of the container so it can be tested against
 * an in-process SMTP server.
 */
public class MailTransport {

    /** SMTP settings; {@code user} empty means no authentication. */
    public record Settings(String host, int port, String from, String user, String password, boolean startTls) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    private final Settings settings;
    private final Session session;

    public MailTransport(Settings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host() == null ? "" : settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        boolean auth = settings.user() != null && !settings.user().isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        this.session = auth ? Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        }) : Session.getInstance(props);
    }

    public boolean isConfigured() {
        return settings.configured();
    }

    /** A file to attach: the name and type the recipient sees, and how to read its bytes when sending. */
    public record Attached(String fileName, String mediaType, Content content) {
    }

    /** Opens an attachment's bytes (each call a new stream). */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** Sends the mail; throws when the server refuses it or cannot be reached. */
    public void send(String recipient, String subject, String body) throws MessagingException {
        send(recipient, subject, body, List.of());
    }

    /** Sends the mail with attachments (multipart/mixed); throws when it cannot be sent. */
    public void send(String recipient, String subject, String body, List<Attached> attachments)
            throws MessagingException {
        send(recipient, subject, body, attachments, null);
    }

    /**
     * Sends the mail with attachments, from the thread's sender with its Message-ID, In-Reply-To and References
     * ({@code thread} null: from the portal's address, with a Message-ID of the mail library's choosing).
     */
    public void send(String recipient, String subject, String body, List<Attached> attachments, MailThread thread)
            throws MessagingException {
        if (!isConfigured()) {
            throw new MessagingException("SMTP host not configured (PORTAL_MAIL_HOST)");
        }
        String messageId = thread == null ? null : thread.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (messageId == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", messageId);
                }
            }
        };
        message.setFrom(new InternetAddress(thread != null && thread.from() != null ? thread.from()
                : settings.from()));
        if (thread != null && thread.inReplyTo() != null) {
            message.setHeader("In-Reply-To", thread.inReplyTo());
        }
        if (thread != null && thread.references() != null) {
            message.setHeader("References", thread.references());
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        if (attachments.isEmpty()) {
            message.setText(body, StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            multipart.addBodyPart(text);
            for (Attached a : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new DataSource() {
                    @Override
                    public InputStream getInputStream() throws IOException {
                        return a.content().open();
                    }

                    @Override
                    public OutputStream getOutputStream() {
                        throw new UnsupportedOperationException("read-only");
                    }

                    @Override
                    public String getContentType() {
                        return a.mediaType();
                    }

                    @Override
                    public String getName() {
                        return a.fileName();
                    }
                }));
                try {
                    part.setFileName(MimeUtility.encodeText(a.fileName(), StandardCharsets.UTF_8.name(), null));
                } catch (UnsupportedEncodingException e) {
                    part.setFileName(a.fileName());
                }
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
        }
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
