package id.go.kpu.eppid.consultation.domain;

import static id.go.kpu.eppid.consultation.domain.ConsultationRules.same;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One consultation session of a consultation request (CON-3, CON-4): the official consulted (a Commissioner, the
 * Chair or the Secretary), the slot, where (a place, an online link or both), the division staff accompanying, and
 * what became of it. The session guards its own steps:
 * <ul>
 * <li>delegation (CON-3) only while {@link ConsultationStatus#SCHEDULED}, to a structural official
 * ({@link ConsultationRules#DELEGATES}) other than the official; a companion may be the delegate only when another
 * companion remains, so CON-4's two officers still hold; one delegation at a time (a refused one may be followed by
 * a new one);</li>
 * <li>only the consulted official or the Chair approves or refuses a delegation;</li>
 * <li>the result is recorded by the consulted official, or by the delegate once the delegation is approved —
 * companions do not record it (the one who gave the consultation answers for it, seed 004 B.6/B.7); recording marks
 * the session {@link ConsultationStatus#HELD}. It may be recorded before the slot's end (the applicant may be served
 * early when the official is free); the time it was recorded is kept.</li>
 * </ul>
 * Breaking a rule throws {@link InvalidInputException} with a bundle key. Office scoping is the service's job.
 */
@Entity
@Table(name = "consultation_session")
public class ConsultationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id", updatable = false)
    private Office office;

    @ManyToOne(optional = false)
    @JoinColumn(name = "official_id", updatable = false)
    private StaffAccount official;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(length = 300, updatable = false)
    private String place;

    @Column(name = "online_link", length = 500, updatable = false)
    private String onlineLink;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "consultation_companion", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    @OrderBy("fullName")
    private List<StaffAccount> companions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ConsultationStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheduled_by_id", updatable = false)
    private StaffAccount scheduledBy;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    @ManyToOne
    @JoinColumn(name = "cancelled_by_id")
    private StaffAccount cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @ManyToOne
    @JoinColumn(name = "delegate_id")
    private StaffAccount delegate;

    @Column(name = "delegation_reason", length = 500)
    private String delegationReason;

    @ManyToOne
    @JoinColumn(name = "delegation_requested_by_id")
    private StaffAccount delegationRequestedBy;

    @Column(name = "delegation_requested_at")
    private Instant delegationRequestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_status", length = 10)
    private DelegationStatus delegationStatus;

    @ManyToOne
    @JoinColumn(name = "delegation_decided_by_id")
    private StaffAccount delegationDecidedBy;

    @Column(name = "delegation_decided_at")
    private Instant delegationDecidedAt;

    @Column(name = "delegation_note", length = 500)
    private String delegationNote;

    @Column(columnDefinition = "TEXT")
    private String result;

    @ManyToOne
    @JoinColumn(name = "result_recorded_by_id")
    private StaffAccount resultRecordedBy;

    @Column(name = "result_recorded_at")
    private Instant resultRecordedAt;

    @Version
    private int version;

    protected ConsultationSession() {
    }

    /**
     * A scheduled session; the slot and the people were checked by {@link ConsultationRules} and the service.
     * Throws when the official is not one who is consulted or CON-4's two officers are not there.
     */
    public ConsultationSession(ServiceRequest request, StaffAccount official, Instant startsAt, Instant endsAt,
            String place, String onlineLink, List<StaffAccount> companions, StaffAccount scheduledBy, Instant now) {
        if (!official.hasAnyRole(ConsultationRules.CONSULTED)) {
            throw new InvalidInputException("official", "consultation.official.invalid");
        }
        if (!ConsultationRules.enoughOfficers(companions.size())) {
            throw new InvalidInputException("companions", "consultation.companions.tooFew",
                    ConsultationRules.MIN_OFFICERS);
        }
        if (place == null && onlineLink == null) {
            throw new InvalidInputException("place", "consultation.where.required");
        }
        this.request = request;
        this.office = request == null ? null : request.getOffice();
        this.official = official;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.companions = new ArrayList<>(companions);
        this.status = ConsultationStatus.SCHEDULED;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = now;
    }

    /** Cancels the scheduled session (kept, with who, when and why). */
    public void cancel(StaffAccount by, String reason, Instant now) {
        requireScheduled();
        status = ConsultationStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        cancelReason = reason;
    }

    /** CON-3: asks that {@code to} give the consultation instead of the absent official. */
    public void requestDelegation(StaffAccount to, String reason, StaffAccount by, Instant now) {
        requireScheduled();
        if (delegationStatus == DelegationStatus.REQUESTED || delegationStatus == DelegationStatus.APPROVED) {
            throw new InvalidInputException(null, "consultation.delegation.exists");
        }
        if (to == null || !to.isActive() || !to.hasAnyRole(ConsultationRules.DELEGATES) || same(to, official)) {
            throw new InvalidInputException("delegate", "consultation.delegate.invalid");
        }
        if (isCompanion(to) && !ConsultationRules.enoughOfficers(companions.size() - 1)) {
            throw new InvalidInputException("delegate", "consultation.delegate.lastCompanion");
        }
        delegate = to;
        delegationReason = reason;
        delegationRequestedBy = by;
        delegationRequestedAt = now;
        delegationStatus = DelegationStatus.REQUESTED;
        delegationDecidedBy = null;
        delegationDecidedAt = null;
        delegationNote = null;
    }

    /** CON-3: only the consulted official (or the Chair) approves or refuses a requested delegation. */
    public void decideDelegation(StaffAccount by, boolean approve, String note, Instant now) {
        requireScheduled();
        if (delegationStatus != DelegationStatus.REQUESTED) {
            throw new InvalidInputException(null, "consultation.delegation.none");
        }
        if (!mayDecideDelegation(by)) {
            throw new InvalidInputException(null, "consultation.delegation.notDecider", official.getFullName());
        }
        delegationStatus = approve ? DelegationStatus.APPROVED : DelegationStatus.REFUSED;
        delegationDecidedBy = by;
        delegationDecidedAt = now;
        delegationNote = note;
    }

    /** Records what was advised; the session is then HELD. */
    public void recordResult(StaffAccount by, String text, Instant now) {
        requireScheduled();
        if (!mayRecordResult(by)) {
            throw new InvalidInputException(null, same(by, delegate)
                    ? "consultation.result.delegationNotApproved" : "consultation.result.notAllowed");
        }
        result = text;
        resultRecordedBy = by;
        resultRecordedAt = now;
        status = ConsultationStatus.HELD;
    }

    /** Whether {@code actor} may decide the pending delegation now (the consulted official or the Chair). */
    public boolean mayDecideDelegation(StaffAccount actor) {
        return status == ConsultationStatus.SCHEDULED && delegationStatus == DelegationStatus.REQUESTED
                && (same(actor, official) || actor.hasRole(Role.CHAIR));
    }

    /** Whether {@code actor} may record the result now (the official, or the delegate once approved). */
    public boolean mayRecordResult(StaffAccount actor) {
        return status == ConsultationStatus.SCHEDULED
                && (same(actor, official) || delegationStatus == DelegationStatus.APPROVED && same(actor, delegate));
    }

    /** Whether {@code staff} accompanies the official. */
    public boolean isCompanion(StaffAccount staff) {
        return companions.stream().anyMatch(c -> same(c, staff));
    }

    /** Who gives the consultation: the approved delegate, else the official. */
    public StaffAccount getConductedBy() {
        return delegationStatus == DelegationStatus.APPROVED ? delegate : official;
    }

    /** The people involved, for the office check of the service: official and companions. */
    public Set<StaffAccount> officers() {
        Set<StaffAccount> all = new java.util.LinkedHashSet<>(companions);
        all.add(official);
        return all;
    }

    private void requireScheduled() {
        if (status != ConsultationStatus.SCHEDULED) {
            throw new InvalidInputException(null, "consultation.session.notScheduled");
        }
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public Office getOffice() {
        return office;
    }

    public StaffAccount getOfficial() {
        return official;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public List<StaffAccount> getCompanions() {
        return List.copyOf(companions);
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public StaffAccount getScheduledBy() {
        return scheduledBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public StaffAccount getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public StaffAccount getDelegate() {
        return delegate;
    }

    public String getDelegationReason() {
        return delegationReason;
    }

    public StaffAccount getDelegationRequestedBy() {
        return delegationRequestedBy;
    }

    public Instant getDelegationRequestedAt() {
        return delegationRequestedAt;
    }

    public DelegationStatus getDelegationStatus() {
        return delegationStatus;
    }

    public StaffAccount getDelegationDecidedBy() {
        return delegationDecidedBy;
    }

    public Instant getDelegationDecidedAt() {
        return delegationDecidedAt;
    }

    public String getDelegationNote() {
        return delegationNote;
    }

    public String getResult() {
        return result;
    }

    public StaffAccount getResultRecordedBy() {
        return resultRecordedBy;
    }

    public Instant getResultRecordedAt() {
        return resultRecordedAt;
    }
}
