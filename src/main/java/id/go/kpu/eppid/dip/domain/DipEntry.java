package id.go.kpu.eppid.dip.domain;

import id.go.kpu.eppid.shared.upload.AttachedFile;
import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One entry of an office's list of public information (DIP): what the information is, who is responsible for it, in
 * what form it is kept and for how long, and where it is; an excepted entry with its Pasal 17 category, consequence
 * test and, for a temporary category (Pasal 20), the date the exception ends.
 */
@Entity
@Table(name = "dip_entry")
public class DipEntry {

    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 4000;
    public static final int RESPONSIBLE_LENGTH = 200;
    public static final int FORMAT_LENGTH = 100;
    public static final int LINK_LENGTH = 500;

    /** UU 14/2008 Pasal 20 ayat (1): the exceptions of Pasal 17 huruf a–f are not permanent. */
    public static final Set<String> TEMPORARY_EXCEPTIONS = Set.of("a", "b", "c", "d", "e", "f");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DipCategory category;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Lob
    @Column(nullable = false)
    private String summary;

    @Column(nullable = false, length = RESPONSIBLE_LENGTH)
    private String responsible;

    @Column(nullable = false, length = FORMAT_LENGTH)
    private String format;

    @Column(nullable = false, length = FORMAT_LENGTH)
    private String retention;

    @Column(length = LINK_LENGTH)
    private String link;

    @Embedded
    private AttachedFile document;

    @Column(name = "exception_code", length = 1)
    private String exceptionCode;

    @Lob
    @Column(name = "consequence_test")
    private String consequenceTest;

    @Column(name = "excepted_until")
    private LocalDate exceptedUntil;

    @Column(nullable = false)
    private boolean published = true;

    @Lob
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected DipEntry() {
    }

    /** What an entry says. */
    public record Content(DipCategory category, String title, String summary, String responsible, String format,
            String retention, String link, String exceptionCode, String consequenceTest, LocalDate exceptedUntil,
            boolean published) {
    }

    public DipEntry(long officeId, Content content, String searchText, String by, Instant at) {
        this.officeId = officeId;
        update(content, searchText, by, at);
    }

    public void update(Content c, String searchText, String by, Instant at) {
        this.category = c.category();
        this.title = c.title();
        this.summary = c.summary();
        this.responsible = c.responsible();
        this.format = c.format();
        this.retention = c.retention();
        this.link = c.link();
        boolean excepted = c.category() == DipCategory.EXCEPTED;
        this.exceptionCode = excepted ? c.exceptionCode() : null;
        this.consequenceTest = excepted ? c.consequenceTest() : null;
        this.exceptedUntil = excepted ? c.exceptedUntil() : null;
        this.published = c.published();
        this.searchText = searchText;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The document itself (replacing an earlier one). */
    public void attach(FileDetails file) {
        this.document = AttachedFile.of(file);
    }

    /**
     * Whether anyone may download the document: a published entry that is not excepted (an excepted entry's document
     * is for the office's staff only).
     */
    public boolean isDocumentPublic() {
        return published && category != DipCategory.EXCEPTED;
    }

    public FileDetails getDocument() {
        return AttachedFile.details(document);
    }

    /** The searchable words (for entries added without them, e.g. demo data). */
    public void index(String words) {
        this.searchText = words;
    }

    /** Pasal 20: an exception whose end date has passed must be reviewed (and the information likely opened). */
    public boolean isExpired(LocalDate today) {
        return category == DipCategory.EXCEPTED && exceptedUntil != null && exceptedUntil.isBefore(today);
    }

    public Content content() {
        return new Content(category, title, summary, responsible, format, retention, link, exceptionCode,
                consequenceTest, exceptedUntil, published);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public DipCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getFormat() {
        return format;
    }

    public String getRetention() {
        return retention;
    }

    public String getLink() {
        return link;
    }

    public String getExceptionCode() {
        return exceptionCode;
    }

    public String getConsequenceTest() {
        return consequenceTest;
    }

    public LocalDate getExceptedUntil() {
        return exceptedUntil;
    }

    public boolean isPublished() {
        return published;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
