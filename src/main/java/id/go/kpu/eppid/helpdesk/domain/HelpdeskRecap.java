package id.go.kpu.eppid.helpdesk.domain;

import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A recap of an office's helpdesk (HD-10): daily (prepared by an officer, signed off by the daily coordinator, sent
 * to the head) or weekly Monday to Sunday (signed by the head or coordinator, sent upward). Once signed its PDF is
 * archived and it no longer changes.
 */
@Entity
@Table(name = "helpdesk_recap")
public class HelpdeskRecap {

    /** Daily or weekly. */
    public enum Kind {
        DAILY, WEEKLY;

        /** The first day of the period containing {@code day}. */
        public LocalDate start(LocalDate day) {
            return this == DAILY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        /** The last day of the period starting on {@code start}. */
        public LocalDate end(LocalDate start) {
            return this == DAILY ? start : start.plusDays(6);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Kind kind;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "prepared_by", nullable = false, length = 60)
    private String preparedBy;

    @Column(length = 2000)
    private String note;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 60)
    private String signedBy;

    @Column(name = "signed_by_name", length = 150)
    private String signedByName;

    @Column(name = "sent_to", length = 500)
    private String sentTo;

    @Column(name = "archive_stored_name", length = 120)
    private String archiveStoredName;

    @Column(name = "archive_sha256", length = 64)
    private String archiveSha256;

    protected HelpdeskRecap() {
    }

    public HelpdeskRecap(long officeId, Kind kind, LocalDate day, Instant now, String by, String note) {
        this.officeId = officeId;
        this.kind = kind;
        this.periodStart = kind.start(day);
        this.periodEnd = kind.end(periodStart);
        prepared(now, by, note);
    }

    /** Prepared (again) before it is signed. */
    public void prepared(Instant now, String by, String newNote) {
        if (signedAt != null) {
            throw new InvalidInputException(null, "helpdesk.recap.signed");
        }
        this.preparedAt = now;
        this.preparedBy = by;
        this.note = newNote;
    }

    /** Signed off and sent; the archived PDF is what was signed. */
    public void sign(Instant now, String by, String name, String sentTo, FileDetails archive) {
        if (signedAt != null) {
            throw new InvalidInputException(null, "helpdesk.recap.signed");
        }
        this.signedAt = now;
        this.signedBy = by;
        this.signedByName = name;
        this.sentTo = sentTo == null || sentTo.length() <= 500 ? sentTo : sentTo.substring(0, 500);
        this.archiveStoredName = archive.getStoredName();
        this.archiveSha256 = archive.getSha256();
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignedByName() {
        return signedByName;
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getArchiveStoredName() {
        return archiveStoredName;
    }

    public String getArchiveSha256() {
        return archiveSha256;
    }
}
