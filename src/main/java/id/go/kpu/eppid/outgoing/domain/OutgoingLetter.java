package id.go.kpu.eppid.outgoing.domain;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An outgoing letter (surat keluar) on a request (REQ-4, REQ-6, LAW-1, LAW-2, CON-3): drafted from the office's
 * template with the request's facts, edited while a draft, then approved by the chosen signing official — only then
 * does it get its number from the office's yearly series, and its final PDF is stored with its SHA-256. An approved
 * letter never changes; a draft can be cancelled.
 */
@Entity
@Table(name = "outgoing_letter")
public class OutgoingLetter {

    /** Longest subject (perihal). */
    public static final int SUBJECT_LENGTH = 300;
    /** Longest body text. */
    public static final int BODY_LENGTH = 30_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type", nullable = false, length = 24)
    private OutgoingLetterType type;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LetterStatus status;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false, length = 200)
    private String addressee;

    @Column(name = "addressee_address", length = 400)
    private String addresseeAddress;

    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    @Column(name = "letter_number", length = 100)
    private String number;

    @Column(name = "number_seq")
    private Integer seq;

    @Column(name = "number_year")
    private Integer year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "signer_id")
    private StaffAccount signer;

    @Column(name = "drafted_by", nullable = false, length = 60)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_method", length = 24)
    private SignatureMethod signatureMethod;

    /** Room for an electronic-signature standard: the signature's reference (e.g. a certificate or document id). */
    @Column(name = "signature_ref", length = 200)
    private String signatureRef;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "storedName", column = @Column(name = "pdf_stored_name")),
            @AttributeOverride(name = "originalName", column = @Column(name = "pdf_original_name")),
            @AttributeOverride(name = "mediaType", column = @Column(name = "pdf_media_type")),
            @AttributeOverride(name = "sizeBytes", column = @Column(name = "pdf_size_bytes")),
            @AttributeOverride(name = "sha256", column = @Column(name = "pdf_sha256"))})
    private FileDetails pdf;

    @Column(name = "cancelled_by", length = 60)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Version
    private int version;

    protected OutgoingLetter() {
    }

    /** A new draft. */
    public OutgoingLetter(ServiceRequest request, OutgoingLetterType type, String language, String subject, String body,
            String addressee, String addresseeAddress, int attachmentCount, StaffAccount signer, String draftedBy,
            Instant draftedAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.officeId = request.getOffice().getId();
        this.type = Objects.requireNonNull(type, "type");
        this.language = Objects.requireNonNull(language, "language");
        this.status = LetterStatus.DRAFT;
        this.subject = subject;
        this.body = body;
        this.addressee = addressee;
        this.addresseeAddress = addresseeAddress;
        this.attachmentCount = attachmentCount;
        this.signer = Objects.requireNonNull(signer, "signer");
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    public boolean isDraft() {
        return status == LetterStatus.DRAFT;
    }

    public boolean isApproved() {
        return status == LetterStatus.APPROVED;
    }

    /** Replaces the draft's text. */
    public void editDraft(String subject, String body, String by, Instant at) {
        requireDraft();
        this.subject = subject;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Approves the draft: its number, who approved and when, how it was signed, and the final PDF. */
    public void approve(String number, int seq, int year, String by, Instant at, SignatureMethod method,
            FileDetails finalPdf) {
        requireDraft();
        this.number = Objects.requireNonNull(number, "number");
        this.seq = seq;
        this.year = year;
        this.approvedBy = by;
        this.approvedAt = at;
        this.signatureMethod = Objects.requireNonNull(method, "method");
        this.pdf = Objects.requireNonNull(finalPdf, "finalPdf");
        this.status = LetterStatus.APPROVED;
    }

    /** Cancels the draft. */
    public void cancel(String by, Instant at, String reason) {
        requireDraft();
        this.cancelledBy = by;
        this.cancelledAt = at;
        this.cancelReason = reason;
        this.status = LetterStatus.CANCELLED;
    }

    private void requireDraft() {
        if (status != LetterStatus.DRAFT) {
            throw new IllegalStateException("letter " + id + " is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public long getOfficeId() {
        return officeId;
    }

    public OutgoingLetterType getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getAddresseeAddress() {
        return addresseeAddress;
    }

    public int getAttachmentCount() {
        return attachmentCount;
    }

    public String getNumber() {
        return number;
    }

    public Integer getSeq() {
        return seq;
    }

    public Integer getYear() {
        return year;
    }

    public StaffAccount getSigner() {
        return signer;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public SignatureMethod getSignatureMethod() {
        return signatureMethod;
    }

    public String getSignatureRef() {
        return signatureRef;
    }

    /** The stored final PDF of an approved letter; {@code null} while a draft. */
    public FileDetails getPdf() {
        return pdf;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
