package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.shared.mail.MailboxReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The offices' helpdesk mailboxes (HD-3), from the configuration (environment variables in production, so the
 * passwords stay out of the database and the repository):
 *
 * <pre>
 * PORTAL_HELPDESK_MAILBOXES=1811,18                      office codes with a mailbox
 * PORTAL_HELPDESK_MAILBOX_1811_HOST=imap.kpu.go.id       IMAP server
 * PORTAL_HELPDESK_MAILBOX_1811_PORT=993                  (default 993 with SSL, 143 without)
 * PORTAL_HELPDESK_MAILBOX_1811_SSL=true                  (default true)
 * PORTAL_HELPDESK_MAILBOX_1811_USER=helpdesk.mesuji
 * PORTAL_HELPDESK_MAILBOX_1811_PASSWORD=…
 * PORTAL_HELPDESK_MAILBOX_1811_ADDRESS=helpdesk@mesuji.kpu.go.id   the address replies are sent from
 * PORTAL_HELPDESK_MAILBOX_1811_FOLDERS=INBOX,Spam        (default: inbox and spam)
 * PORTAL_HELPDESK_MAIL_POLL_MINUTES=60                   how often each mailbox is read (default hourly)
 * PORTAL_HELPDESK_MAIL_MAX_ATTACHMENT_BYTES=10485760     larger attachments are refused (default 10 MB)
 * </pre>
 */
@ApplicationScoped
public class HelpdeskMailboxes {

    /** One office's mailbox. */
    public record Mailbox(String officeCode, MailboxReader.Settings imap, String address, List<String> folders) {
    }

    private static final String PREFIX = "portal.helpdesk.mailbox.";

    /** The configured mailboxes. */
    public List<Mailbox> all() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("portal.helpdesk.mailboxes", String.class).stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> mailbox(config, code)).flatMap(Optional::stream).toList();
    }

    /** The mailbox of an office, if it has one. */
    public Optional<Mailbox> of(String officeCode) {
        return all().stream().filter(m -> m.officeCode().equals(officeCode)).findFirst();
    }

    /** How often each mailbox is read. */
    public Duration pollEvery() {
        return Duration.ofMinutes(Math.max(1, ConfigProvider.getConfig()
                .getOptionalValue("portal.helpdesk.mail.poll.minutes", Integer.class).orElse(60)));
    }

    /** The largest attachment kept. */
    public long maxAttachmentBytes() {
        return ConfigProvider.getConfig().getOptionalValue("portal.helpdesk.mail.max.attachment.bytes", Long.class)
                .orElse(10L * 1024 * 1024);
    }

    private static Optional<Mailbox> mailbox(Config config, String code) {
        String p = PREFIX + code + ".";
        Optional<String> host = config.getOptionalValue(p + "host", String.class);
        if (host.isEmpty()) {
            System.getLogger(HelpdeskMailboxes.class.getName()).log(System.Logger.Level.WARNING,
                    "Helpdesk mailbox of office {0} has no host ({1}host): not read", code, p);
            return Optional.empty();
        }
        boolean ssl = config.getOptionalValue(p + "ssl", Boolean.class).orElse(true);
        int port = config.getOptionalValue(p + "port", Integer.class).orElse(ssl ? 993 : 143);
        String user = config.getOptionalValue(p + "user", String.class).orElse("");
        String password = config.getOptionalValue(p + "password", String.class).orElse("");
        String address = config.getOptionalValue(p + "address", String.class).orElse(user);
        List<String> folders = Arrays.stream(config.getOptionalValue(p + "folders", String.class)
                .orElse("INBOX,Spam").split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        return Optional.of(new Mailbox(code, new MailboxReader.Settings(host.get(), port, ssl, user, password),
                address, folders));
    }
}
