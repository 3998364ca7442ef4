package id.go.kpu.eppid.request.domain;

import id.go.kpu.eppid.deadline.domain.DeadlineRegime;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.Locale;

/**
 * A registered request for information (REQ) or consultation (CON), whatever its channel: one register, one
 * numbering per office and year, one deadline, one history.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    /** Longest text kept in the search column (number, name, subject). */
    public static final int SEARCH_TEXT_LENGTH = 700;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestKind kind;

    /** Empty only inside the registering transaction, until {@link #number} (V28). */
    @Column(name = "registration_number", unique = true, length = 40)
    private String registrationNumber;

    @Column(name = "reg_year", nullable = false)
    private int registrationYear;

    @Column(name = "reg_seq")
    private Integer registrationSequence;

    @Column(name = "tracking_code_hash", nullable = false, length = 64)
    private String trackingCodeHash;

    @Column(name = "submission_key", nullable = false, unique = true, length = 64)
    private String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "applicant_id")
    private Applicant applicant;

    @Lob
    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "obtain_method", length = 20)
    private ObtainMethod obtainMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false, length = 20)
    private DeliveryMethod deliveryMethod;

    @Column(name = "information_source", nullable = false, length = 300)
    private String informationSource;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffAccount assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status", length = 20)
    private RequestStatus resumeStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_check", nullable = false, length = 10)
    private IdCheck idCheck = IdCheck.SCANNED;

    @Column(name = "registered_by", length = 60)
    private String registeredBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audience_official_id")
    private StaffAccount audienceOfficial;

    @Column(name = "audience_confirmed_at")
    private Instant audienceConfirmedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "regime_id")
    private DeadlineRegime regime;

    @Lob
    @Column(name = "due_trace")
    private String dueTrace;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Version
    private int version;

    protected ServiceRequest() {
    }

    /** Everything a new request needs; numbering and tracking come from the intake service. */
    public record Details(RequestKind kind, Channel channel, String subject, String purpose,
            ObtainMethod obtainMethod, DeliveryMethod deliveryMethod, String informationSource) {
    }

    /**
     * A new request of the registration year {@code year}, still without its number: the intake writes it, then takes
     * its office's counter and gives it the next number ({@link #number}) in the same transaction.
     */
    public ServiceRequest(Office office, Applicant applicant, Details details, int year,
            String trackingCodeHash, String submissionKey, Instant receivedAt, Instant dueAt) {
        this.office = office;
        this.applicant = applicant;
        this.kind = details.kind();
        this.channel = details.channel();
        this.subject = details.subject();
        this.purpose = details.purpose();
        this.obtainMethod = details.obtainMethod();
        this.deliveryMethod = details.deliveryMethod();
        this.informationSource = details.informationSource();
        this.registrationYear = year;
        this.trackingCodeHash = trackingCodeHash;
        this.submissionKey = submissionKey;
        this.status = RequestStatus.RECEIVED;
        this.consentAt = receivedAt;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.searchText = searchText(null);
    }

    /** Gives the new request its number, issued for its office and registration year. */
    public void number(RegistrationNumber number) {
        if (registrationNumber != null || number.year() != registrationYear) {
            throw new IllegalStateException("numbered already, or a number of another year");
        }
        this.registrationNumber = number.toString();
        this.registrationSequence = number.sequence();
        this.searchText = searchText(registrationNumber);
    }

    private String searchText(String number) {
        String search = ((number == null ? "" : number + " ") + applicant.getDisplayName() + " " + subject)
                .toLowerCase(Locale.ROOT);
        return search.length() > SEARCH_TEXT_LENGTH ? search.substring(0, SEARCH_TEXT_LENGTH) : search;
    }

    /**
     * Moves the request along the workflow; throws {@link IllegalTransitionException} when the move is not allowed
     * from the current state. Returns the state it left.
     */
    public RequestStatus apply(RequestTransition transition) {
        RequestStatus from = status;
        if (!transition.allowedFrom(from)) {
            throw new IllegalTransitionException(transition, from);
        }
        status = transition.target(resumeStatus);
        resumeStatus = transition == RequestTransition.MARK_INCOMPLETE ? from : null;
        return from;
    }

    /** ORG-3: the official who answers the request now (set by a disposition). */
    public void assignTo(StaffAccount official) {
        this.assignee = official;
    }

    /** Sets the due date as computed by the deadline policy, with its regime and explanation (REQ-8). */
    public void scheduleDue(Instant dueAt, DeadlineRegime regime, String traceJson) {
        this.dueAt = dueAt;
        this.regime = regime;
        this.dueTrace = traceJson;
    }

    /** LAW-1: the one extension, in working days (the reason is recorded by processing). */
    public void extendBy(int days) {
        if (extensionDays > 0) {
            throw new IllegalStateException("already extended");
        }
        this.extensionDays = days;
    }

    public DeadlineRegime getRegime() {
        return regime;
    }

    /** The explanation of the due date (JSON, see {@code DeadlineExplanation}). */
    public String getDueTrace() {
        return dueTrace;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public StaffAccount getAssignee() {
        return assignee;
    }

    public RequestStatus getResumeStatus() {
        return resumeStatus;
    }

    /**
     * Records how staff took it in: how the ID was checked, who registered it, and (REQ-5) the Chair or Secretary
     * the applicant was taken to, whose oral disposition comes next.
     */
    public void recordDesk(IdCheck check, String staffUsername, StaffAccount audience, Instant audienceAt) {
        this.idCheck = check;
        this.registeredBy = staffUsername;
        this.audienceOfficial = audience;
        this.audienceConfirmedAt = audienceAt;
    }

    public IdCheck getIdCheck() {
        return idCheck;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public StaffAccount getAudienceOfficial() {
        return audienceOfficial;
    }

    public Instant getAudienceConfirmedAt() {
        return audienceConfirmedAt;
    }

    public Long getId() {
        return id;
    }

    public Office getOffice() {
        return office;
    }

    public RequestKind getKind() {
        return kind;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getTrackingCodeHash() {
        return trackingCodeHash;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public Channel getChannel() {
        return channel;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public String getSubject() {
        return subject;
    }

    public String getPurpose() {
        return purpose;
    }

    public ObtainMethod getObtainMethod() {
        return obtainMethod;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public String getInformationSource() {
        return informationSource;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
