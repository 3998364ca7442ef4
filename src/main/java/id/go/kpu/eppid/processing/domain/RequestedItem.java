package id.go.kpu.eppid.processing.domain;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.List;

/**
 * One item of the information requested, as the official identified it, with its classification (REQ-6, LAW-2):
 * open, or excepted in full or in part with the Pasal 17 category, the consequence test (harm if disclosed; why
 * withholding serves the greater public interest), the legal basis and, for a partial grant, the blacked-out parts.
 */
@Entity
@Table(name = "requested_item")
public class RequestedItem {

    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int LEGAL_BASIS_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Classification classification;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_code")
    private ExceptionCategory category;

    @Column(columnDefinition = "TEXT")
    private String harm;

    @Column(name = "public_interest", columnDefinition = "TEXT")
    private String publicInterest;

    @Column(name = "legal_basis", length = LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @Column(columnDefinition = "TEXT")
    private String redaction;

    @Column(name = "classified_by", length = 60)
    private String classifiedBy;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    protected RequestedItem() {
    }

    public RequestedItem(ServiceRequest request, int position, String description) {
        this.request = request;
        this.position = position;
        this.description = description;
    }

    public void describe(String description) {
        this.description = description;
    }

    /**
     * Records the classification; the caller has checked it with {@link ClassificationRules#missing}. Fields the
     * classification does not use are cleared, so an open item never carries a stale category.
     */
    public void classify(Classification classification, ExceptionCategory category, String harm,
            String publicInterest, String legalBasis, String redaction, String by, Instant at) {
        this.classification = classification;
        boolean withholds = classification != null && classification.withholds();
        this.category = withholds ? category : null;
        this.harm = withholds ? harm : null;
        this.publicInterest = withholds ? publicInterest : null;
        this.legalBasis = withholds ? legalBasis : null;
        this.redaction = classification == Classification.PARTIALLY_EXCEPTED ? redaction : null;
        this.classifiedBy = by;
        this.classifiedAt = at;
    }

    /** Whether the item carries a classification with everything it needs. */
    public boolean isComplete() {
        return ClassificationRules.missing(classification, category == null ? null : category.getCode(), harm,
                publicInterest, legalBasis, redaction).isEmpty();
    }

    /** The fields this item's classification still lacks. */
    public List<String> missing() {
        return ClassificationRules.missing(classification, category == null ? null : category.getCode(), harm,
                publicInterest, legalBasis, redaction);
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public Classification getClassification() {
        return classification;
    }

    public ExceptionCategory getCategory() {
        return category;
    }

    public String getHarm() {
        return harm;
    }

    public String getPublicInterest() {
        return publicInterest;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getRedaction() {
        return redaction;
    }

    public String getClassifiedBy() {
        return classifiedBy;
    }

    public Instant getClassifiedAt() {
        return classifiedAt;
    }
}
