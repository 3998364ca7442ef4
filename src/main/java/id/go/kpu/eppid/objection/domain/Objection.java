package id.go.kpu.eppid.objection.domain;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.upload.AttachedFile;
import id.go.kpu.eppid.shared.upload.FileDetails;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * LAW-3: an applicant's objection (keberatan) against the handling of a request, with its grounds (Pasal 35), the
 * window it was filed in, the superior's answer within 30 working days (Pasal 36) and, when the applicant goes on,
 * the dispute at the Information Commission and how it ended (Pasal 37–39). Each row is a line of the objection
 * register (LAW-4).
 */
@Entity
@Table(name = "objection")
public class Objection {

    public static final int STATEMENT_LENGTH = 4000;
    public static final int REASON_LENGTH = 4000;
    public static final int DISPUTE_NUMBER_LENGTH = 100;
    public static final int DISPUTE_NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Column(name = "obj_year", nullable = false)
    private int year;

    @Column(name = "obj_seq", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObjectionChannel channel;

    @Column(nullable = false, length = 20)
    private String grounds;

    @Lob
    @Column(nullable = false)
    private String statement;

    @Embedded
    private AttachedFile attachment;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_kind", nullable = false, length = 12)
    private ObjectionWindow.Reason reasonKind;

    @Column(name = "reason_at", nullable = false)
    private Instant reasonAt;

    @Column(name = "window_closes_at", nullable = false)
    private Instant windowClosesAt;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, length = 60)
    private String filedBy;

    @Column(name = "decision_due_at", nullable = false)
    private Instant decisionDueAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private ObjectionDecision decision;

    @Lob
    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decider_name", length = 300)
    private String deciderName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "commission_until")
    private LocalDate commissionUntil;

    @Column(name = "dispute_filed_on")
    private LocalDate disputeFiledOn;

    @Column(name = "dispute_number", length = DISPUTE_NUMBER_LENGTH)
    private String disputeNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_outcome", length = 20)
    private DisputeOutcome disputeOutcome;

    @Column(name = "dispute_decided_on")
    private LocalDate disputeDecidedOn;

    @Column(name = "dispute_note", length = DISPUTE_NOTE_LENGTH)
    private String disputeNote;

    @Column(name = "dispute_recorded_by", length = 60)
    private String disputeRecordedBy;

    @Version
    private int version;

    protected Objection() {
    }

    /** Where and when an objection was filed. */
    public record Filing(ObjectionChannel channel, Set<ObjectionGround> grounds, String statement,
            FileDetails attachment, Instant filedAt, String filedBy) {
    }

    public Objection(ServiceRequest request, String number, int year, int sequence, Filing filing,
            ObjectionWindow window, Instant decisionDueAt) {
        this.officeId = request.getOffice().getId();
        this.request = request;
        this.number = number;
        this.year = year;
        this.sequence = sequence;
        this.channel = filing.channel();
        this.grounds = ObjectionGround.encode(filing.grounds());
        this.statement = filing.statement();
        this.attachment = AttachedFile.of(filing.attachment());
        this.filedAt = filing.filedAt();
        this.filedBy = filing.filedBy();
        this.reasonKind = window.reason();
        this.reasonAt = window.reasonAt();
        this.windowClosesAt = window.closesAt();
        this.decisionDueAt = decisionDueAt;
    }

    /** Pasal 36: the superior's written answer; once given it is final here (a dispute goes to the Commission). */
    public void decide(ObjectionDecision decision, String reason, String username, String name, Instant at,
            LocalDate commissionUntil) {
        if (this.decision != null) {
            throw new IllegalStateException("already decided");
        }
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = username;
        this.deciderName = name;
        this.decidedAt = at;
        this.commissionUntil = commissionUntil;
    }

    /** Pasal 37–39: the dispute at the Information Commission, as registered there and, later, how it ended. */
    public void recordDispute(LocalDate filedOn, String number, DisputeOutcome outcome, LocalDate decidedOn,
            String note, String username) {
        this.disputeFiledOn = filedOn;
        this.disputeNumber = number;
        this.disputeOutcome = outcome;
        this.disputeDecidedOn = decidedOn;
        this.disputeNote = note;
        this.disputeRecordedBy = username;
    }

    public boolean isDecided() {
        return decision != null;
    }

    /** Whether the superior's answer came after its due date (or is overdue at {@code now}). */
    public boolean isLate(Instant now) {
        return decidedAt != null ? decidedAt.isAfter(decisionDueAt) : now.isAfter(decisionDueAt);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public String getNumber() {
        return number;
    }

    public int getYear() {
        return year;
    }

    public ObjectionChannel getChannel() {
        return channel;
    }

    public Set<ObjectionGround> getGrounds() {
        return ObjectionGround.decode(grounds);
    }

    public String getStatement() {
        return statement;
    }

    public FileDetails getAttachment() {
        return AttachedFile.details(attachment);
    }

    public ObjectionWindow.Reason getReasonKind() {
        return reasonKind;
    }

    public Instant getReasonAt() {
        return reasonAt;
    }

    public Instant getWindowClosesAt() {
        return windowClosesAt;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getDecisionDueAt() {
        return decisionDueAt;
    }

    public ObjectionDecision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDeciderName() {
        return deciderName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getCommissionUntil() {
        return commissionUntil;
    }

    public LocalDate getDisputeFiledOn() {
        return disputeFiledOn;
    }

    public String getDisputeNumber() {
        return disputeNumber;
    }

    public DisputeOutcome getDisputeOutcome() {
        return disputeOutcome;
    }

    public LocalDate getDisputeDecidedOn() {
        return disputeDecidedOn;
    }

    public String getDisputeNote() {
        return disputeNote;
    }

    public String getDisputeRecordedBy() {
        return disputeRecordedBy;
    }
}
