package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Where the reading of one folder of an office's helpdesk mailbox stands (HD-3: inbox and spam, every hour). */
@Entity
@Table(name = "helpdesk_mail_folder")
public class HelpdeskMailFolder {

    /** Office and folder name. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "office_id")
        private long officeId;

        @Column(length = 60)
        private String folder;

        protected Key() {
        }

        public Key(long officeId, String folder) {
            this.officeId = officeId;
            this.folder = folder;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.officeId == officeId && k.folder.equals(folder);
        }

        @Override
        public int hashCode() {
            return Objects.hash(officeId, folder);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "uid_validity")
    private Long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected HelpdeskMailFolder() {
    }

    public HelpdeskMailFolder(long officeId, String folder) {
        this.key = new Key(officeId, folder);
    }

    /** The folder was read up to {@code uid} (of {@code validity}). */
    public void readUpTo(long validity, long uid, Instant now) {
        if (uidValidity == null || uidValidity != validity) {
            this.uidValidity = validity;
        }
        this.lastUid = uid;
        this.lastPolledAt = now;
        this.lastError = null;
    }

    /** Reading failed; tried again at the next round. */
    public void failed(String error, Instant now) {
        this.lastPolledAt = now;
        this.lastError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public String getFolder() {
        return key.folder;
    }

    public Long getUidValidity() {
        return uidValidity;
    }

    public long getLastUid() {
        return lastUid;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public String getLastError() {
        return lastError;
    }
}
