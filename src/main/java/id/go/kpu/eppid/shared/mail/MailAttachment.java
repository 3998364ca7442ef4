package id.go.kpu.eppid.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file sent with a queued mail: a kept file of the portal ({@code PortalFiles}) named by its stored name, with the
 * name and type the recipient sees. The file is read when the mail is sent, not copied into the queue.
 */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mail_id", nullable = false)
    private Long mailId;

    @Column(nullable = false)
    private int position;

    @Column(name = "stored_name", nullable = false, length = 120)
    private String storedName;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    protected MailAttachment() {
    }

    public MailAttachment(Long mailId, int position, Attachment a) {
        this.mailId = mailId;
        this.position = position;
        this.storedName = a.storedName();
        this.fileName = a.fileName();
        this.mediaType = a.mediaType();
    }

    /** What a caller attaches: a kept file and how the recipient sees it. */
    public record Attachment(String storedName, String fileName, String mediaType) {
    }

    public String getStoredName() {
        return storedName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }
}
