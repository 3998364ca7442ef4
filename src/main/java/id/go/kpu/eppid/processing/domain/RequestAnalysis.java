package id.go.kpu.eppid.processing.domain;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The assigned official's working record of a request (REQ-4, REQ-6, LAW-1): the identification of what is asked,
 * whether the office holds it (if not, which body does), notes of the consultation with the division, the decision
 * and the one extension of the deadline. One per request, created on the first entry.
 */
@Entity
@Table(name = "request_analysis")
public class RequestAnalysis {

    public static final int HOLDER_LENGTH = 300;

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(columnDefinition = "TEXT")
    private String identification;

    @Column(name = "information_held")
    private Boolean held;

    @Column(name = "holder_body", length = HOLDER_LENGTH)
    private String holderBody;

    @Column(name = "division_notes", columnDefinition = "TEXT")
    private String divisionNotes;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DecisionOutcome outcome;

    @Column(name = "decision_note", columnDefinition = "TEXT")
    private String decisionNote;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "extension_reason", columnDefinition = "TEXT")
    private String extensionReason;

    @Column(name = "due_before_extension")
    private Instant dueBeforeExtension;

    @Column(name = "extended_by", length = 60)
    private String extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Version
    private int version;

    protected RequestAnalysis() {
    }

    public RequestAnalysis(ServiceRequest request) {
        this.request = request;
    }

    /** Records what the official found; {@code holderBody} is kept only when the office does not hold it. */
    public void record(String identification, Boolean held, String holderBody, String divisionNotes, String by,
            Instant at) {
        this.identification = identification;
        this.held = held;
        this.holderBody = Boolean.FALSE.equals(held) ? holderBody : null;
        this.divisionNotes = divisionNotes;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void decide(DecisionOutcome outcome, String note, String by, Instant at) {
        this.outcome = outcome;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** LAW-1: whether the one extension has been used. */
    public boolean isExtended() {
        return extendedAt != null;
    }

    /** LAW-1: records why and by whom the deadline was extended (the days are the request's, see its deadline). */
    public void extend(String reason, Instant previousDue, String by, Instant at) {
        if (isExtended()) {
            throw new IllegalStateException("already extended");
        }
        this.extensionReason = reason;
        this.dueBeforeExtension = previousDue;
        this.extendedBy = by;
        this.extendedAt = at;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public String getIdentification() {
        return identification;
    }

    public Boolean getHeld() {
        return held;
    }

    public String getHolderBody() {
        return holderBody;
    }

    public String getDivisionNotes() {
        return divisionNotes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    /** The working days the deadline was extended by, or null when it was not. */
    public Integer getExtensionDays() {
        return isExtended() ? request.getExtensionDays() : null;
    }

    public Instant getDueBeforeExtension() {
        return dueBeforeExtension;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }
}
