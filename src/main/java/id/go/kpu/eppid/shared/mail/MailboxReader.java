package id.go.kpu.eppid.shared.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads new messages from folders of an IMAP mailbox with Jakarta Mail, by UID: each call returns the messages after
 * the last UID taken (all of them again when the folder's UIDVALIDITY changed), with their thread headers, the text
 * (plain text preferred, HTML reduced to text otherwise) and the attachments — each read up to a size limit, a larger
 * one reported by name and size only. Nothing is deleted or flagged on the server. Independent of the container, so
 * it is tested against an in-process IMAP server.
 */
public class MailboxReader {

    /** IMAP settings; {@code ssl} uses IMAPS. */
    public record Settings(String host, int port, boolean ssl, String user, String password) {
    }

    /** An attachment: its bytes, or null when it was larger than the limit ({@code size} then says how large). */
    public record Attachment(String fileName, byte[] content, long size) {

        public boolean tooLarge() {
            return content == null;
        }
    }

    /** One message as read. {@code messageId} is made up from the folder and UID when the message has none. */
    public record Fetched(String folder, long uid, String messageId, String inReplyTo, String references,
            String fromAddress, String fromName, String subject, String text, Instant sentAt,
            List<Attachment> attachments) {
    }

    /** The new messages of a folder, oldest first, and the folder's UIDVALIDITY; {@code missing} when there is none. */
    public record Batch(String folder, long uidValidity, List<Fetched> messages, boolean missing) {
    }

    private static final int TIMEOUT_MS = 20_000;

    private final Settings settings;
    private final long maxAttachmentBytes;

    public MailboxReader(Settings settings, long maxAttachmentBytes) {
        this.settings = settings;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /** Opens a connection; the caller reads folders with {@link Connection#fetch} and closes it. */
    public Connection connect() throws MessagingException {
        String protocol = settings.ssl() ? "imaps" : "imap";
        Properties props = new Properties();
        props.put("mail." + protocol + ".host", settings.host());
        props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        props.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
        props.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        props.put("mail." + protocol + ".partialfetch", "false");
        Store store = Session.getInstance(props).getStore(protocol);
        store.connect(settings.host(), settings.port(), settings.user(), settings.password());
        return new Connection(store);
    }

    /** An open IMAP connection. */
    public final class Connection implements AutoCloseable {

        private final Store store;

        private Connection(Store store) {
            this.store = store;
        }

        /**
         * The messages of {@code folderName} after {@code afterUid}, at most {@code max}; from the start when
         * {@code knownUidValidity} is not the folder's UIDVALIDITY.
         */
        public Batch fetch(String folderName, Long knownUidValidity, long afterUid, int max)
                throws MessagingException, IOException {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return new Batch(folderName, 0, List.of(), true);
            }
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                long from = knownUidValidity != null && knownUidValidity == validity ? afterUid : 0;
                List<Fetched> out = new ArrayList<>();
                for (Message m : uids.getMessagesByUID(from + 1, UIDFolder.LASTUID)) {
                    long uid = uids.getUID(m);
                    if (uid <= from) {
                        continue; // "n:*" always includes the last message, even when it is older
                    }
                    out.add(read(folderName, validity, uid, (MimeMessage) m));
                    if (out.size() >= max) {
                        break;
                    }
                }
                return new Batch(folderName, validity, out, false);
            } finally {
                folder.close(false);
            }
        }

        @Override
        public void close() throws MessagingException {
            store.close();
        }
    }

    private Fetched read(String folder, long validity, long uid, MimeMessage m) throws MessagingException,
            IOException {
        String messageId = m.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            messageId = "<imap-" + validity + "-" + uid + "-" + folder.replaceAll("[^A-Za-z0-9]", "") + "@"
                    + settings.host() + ">";
        }
        InternetAddress from = null;
        Address[] froms = m.getFrom();
        if (froms != null && froms.length > 0 && froms[0] instanceof InternetAddress ia) {
            from = ia;
        }
        Body body = new Body();
        collect(m, body);
        String text = body.plain != null ? body.plain : body.html != null ? htmlToText(body.html) : "";
        return new Fetched(folder, uid, messageId.strip(), header(m, "In-Reply-To"), header(m, "References"),
                from == null ? null : from.getAddress(), from == null ? null : from.getPersonal(),
                m.getSubject() == null ? "" : m.getSubject(), text.strip(),
                m.getSentDate() == null ? null : m.getSentDate().toInstant(), body.attachments);
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String value = m.getHeader(name, " ");
        return value == null || value.isBlank() ? null : MimeUtility.unfold(value).strip();
    }

    private static final class Body {
        String plain;
        String html;
        final List<Attachment> attachments = new ArrayList<>();
    }

    private void collect(Part part, Body body) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String fileName = decode(part.getFileName());
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition)
                || fileName != null && !part.isMimeType("multipart/*");
        if (part.isMimeType("multipart/*") && !attachment) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body);
            }
        } else if (attachment) {
            body.attachments.add(readAttachment(part, fileName == null ? "lampiran" : fileName));
        } else if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = part.getContent().toString();
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = part.getContent().toString();
        } else if (part.isMimeType("message/rfc822")) {
            body.attachments.add(readAttachment(part, "pesan-terlampir.eml"));
        }
    }

    private Attachment readAttachment(Part part, String fileName) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total <= maxAttachmentBytes) {
                    out.write(buffer, 0, n);
                }
            }
            return new Attachment(fileName, total > maxAttachmentBytes ? null : out.toByteArray(), total);
        }
    }

    private static String decode(String fileName) {
        if (fileName == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(fileName);
        } catch (UnsupportedEncodingException e) {
            return fileName;
        }
    }

    /** HTML mail reduced to its text: line breaks kept at block ends, tags and comments removed, entities decoded. */
    static String htmlToText(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>", "\n")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
    }
}
