package id.go.kpu.eppid.helpdesk.domain;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A party's consultation with the SIPOL helpdesk (HD-3, HD-6, HD-8): who asked, on which channel, the problem as noted
 * and — in a conversation — read back and confirmed, the answer with its references (regulation, technical guide, FAQ),
 * whether the party understood it (the answer is repeated until they do), and its escalation up the office hierarchy.
 * The steps are the only way to change it; each is written in the thread by the application.
 */
@Entity
@Table(name = "helpdesk_consultation")
public class HelpdeskConsultation {

    public static final int NAME_LENGTH = 150;
    public static final int EMAIL_LENGTH = 150;
    public static final int PARTY_LENGTH = 200;
    public static final int REFERENCES_LENGTH = 1000;

    private static final Set<HelpdeskStatus> ANSWERABLE = EnumSet.of(HelpdeskStatus.CONFIRMED,
            HelpdeskStatus.ANSWERED, HelpdeskStatus.ESCALATION_ANSWERED);
    private static final Set<HelpdeskStatus> ESCALATABLE = EnumSet.of(HelpdeskStatus.CONFIRMED,
            HelpdeskStatus.ANSWERED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(nullable = false, length = 30, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private HelpdeskChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private HelpdeskStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "party_id")
    private PoliticalParty party;

    @Column(name = "party_other", length = PARTY_LENGTH)
    private String partyOther;

    @Column(nullable = false, length = NAME_LENGTH)
    private String representative;

    @Column(length = 20)
    private String phone;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationTopic topic;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String problem;

    @Column(name = "problem_confirmed_at")
    private Instant problemConfirmedAt;

    @Column(columnDefinition = "TEXT")
    private String answer;

    @Column(name = "answer_references", length = REFERENCES_LENGTH)
    private String answerReferences;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "sipol_it", nullable = false)
    private boolean sipolIt;

    private Boolean understood;

    @Column(name = "repeat_count", nullable = false)
    private int repeatCount;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 60, updatable = false)
    private String receivedBy;

    @Column(name = "guest_entry_id", updatable = false)
    private Long guestEntryId;

    @Column(name = "ticket_id", updatable = false)
    private Long ticketId;

    @Column(name = "holder_office_id", nullable = false)
    private long holderOfficeId;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "search_text", nullable = false, length = 700)
    private String searchText;

    @Version
    private int version;

    protected HelpdeskConsultation() {
    }

    /** Who consults, on which channel and from which visit or ticket. */
    public record Party(PoliticalParty party, String partyOther, String representative, String phone, String email) {
    }

    /** Where it came from: the guest-book visit and queue ticket of a face-to-face consultation, or none. */
    public record Origin(Long guestEntryId, Long ticketId) {
        public static final Origin NONE = new Origin(null, null);
    }

    public HelpdeskConsultation(long officeId, String number, HelpdeskChannel channel, Party who,
            ConsultationTopic topic, String problem, Instant receivedAt, String receivedBy, Origin origin) {
        this.officeId = officeId;
        this.number = number;
        this.channel = channel;
        this.party = who.party();
        this.partyOther = who.party() == null ? who.partyOther() : null;
        this.representative = who.representative();
        this.phone = who.phone();
        this.email = who.email();
        this.topic = topic;
        this.problem = problem;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.guestEntryId = origin.guestEntryId();
        this.ticketId = origin.ticketId();
        this.holderOfficeId = officeId;
        this.status = channel.readBack() ? HelpdeskStatus.RECEIVED : HelpdeskStatus.CONFIRMED;
        index();
    }

    private void index() {
        String text = (number + " " + representative + " " + partyName() + " " + problem).toLowerCase(Locale.ROOT);
        this.searchText = text.length() > 680 ? text.substring(0, 680) : text;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new InvalidInputException(null, "helpdesk.step.notNow", status.name());
        }
    }

    /** HD-6: the party confirms the problem as read back to them (the officer may have corrected the wording). */
    public void confirm(String correctedProblem, Instant now) {
        require(status == HelpdeskStatus.RECEIVED);
        if (correctedProblem != null) {
            this.problem = correctedProblem;
            index();
        }
        this.problemConfirmedAt = now;
        this.status = HelpdeskStatus.CONFIRMED;
    }

    /** HD-6: the answer with its references; a new answer after "not understood" or an escalation replaces it. */
    public void answer(String text, String references, boolean toSipolIt, String actor, Instant now) {
        require(ANSWERABLE.contains(status));
        this.answer = text;
        this.answerReferences = references;
        this.sipolIt = this.sipolIt || toSipolIt;
        this.answeredAt = now;
        this.answeredBy = actor;
        this.understood = null;
        this.status = HelpdeskStatus.ANSWERED;
    }

    /** HD-6: asked whether the answer was understood; "no" means the answer is repeated (counted), "yes" closes. */
    public void understood(boolean yes, Instant now) {
        require(status == HelpdeskStatus.ANSWERED);
        this.understood = yes;
        if (yes) {
            this.status = HelpdeskStatus.CLOSED;
            this.closedAt = now;
        } else {
            this.repeatCount++;
        }
    }

    /** Who consults (party, representative, e-mail) and the topic, completed or corrected before it is closed. */
    public void amend(Party who, ConsultationTopic newTopic) {
        require(status != HelpdeskStatus.CLOSED);
        this.party = who.party();
        this.partyOther = who.party() == null ? who.partyOther() : null;
        this.representative = who.representative();
        this.email = who.email();
        this.topic = newTopic;
        index();
    }

    /** HD-7: the consultation form is printed once the answer was understood. */
    public boolean hasForm() {
        return status == HelpdeskStatus.CLOSED;
    }

    /**
     * HD-7, seed 000 B.14–B.15: the party checked the printed form and the officer found a mistake in the record; the
     * problem, answer and references as corrected.
     */
    public void correctRecord(String correctedProblem, String correctedAnswer, String references) {
        require(hasForm());
        this.problem = correctedProblem;
        this.answer = correctedAnswer;
        this.answerReferences = references;
        index();
    }

    /**
     * HD-3, HD-6: the party wrote again in the thread after an answer: the answer was not enough, so it is answered
     * again (counted like a repeat); a closed consultation opens again. Before an answer nothing changes.
     */
    public void followUp() {
        if (status == HelpdeskStatus.ANSWERED || status == HelpdeskStatus.CLOSED) {
            this.status = HelpdeskStatus.ANSWERED;
            this.understood = false;
            this.closedAt = null;
            this.repeatCount++;
        }
    }

    /** Whether the office that received it can still escalate it (before an answer was understood). */
    public boolean escalatable() {
        return ESCALATABLE.contains(status);
    }

    /** HD-8: escalated to its first level, the origin office's Commissioner. */
    public void escalate() {
        require(escalatable());
        this.status = HelpdeskStatus.ESCALATED;
        this.escalationLevel = 1;
        this.holderOfficeId = officeId;
    }

    /** HD-8: passed on to the next level, the helpdesk of {@code officeId}. */
    public void passOn(long nextOfficeId) {
        require(status == HelpdeskStatus.ESCALATED);
        this.escalationLevel++;
        this.holderOfficeId = nextOfficeId;
    }

    /** HD-8: a level answered; the answer comes back to the office that asked, which answers the party. */
    public void escalationAnswered() {
        require(status == HelpdeskStatus.ESCALATED);
        this.status = HelpdeskStatus.ESCALATION_ANSWERED;
        this.holderOfficeId = officeId;
    }

    /** The party's name: from the list, or as typed for a party-to-be. */
    public String partyName() {
        return party != null ? party.getName() : partyOther;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getNumber() {
        return number;
    }

    public HelpdeskChannel getChannel() {
        return channel;
    }

    public HelpdeskStatus getStatus() {
        return status;
    }

    public PoliticalParty getParty() {
        return party;
    }

    public String getRepresentative() {
        return representative;
    }

    /** Personal data: shown to the office's helpdesk team only, never logged. */
    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public ConsultationTopic getTopic() {
        return topic;
    }

    public String getProblem() {
        return problem;
    }

    public Instant getProblemConfirmedAt() {
        return problemConfirmedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnswerReferences() {
        return answerReferences;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public boolean isSipolIt() {
        return sipolIt;
    }

    public Boolean getUnderstood() {
        return understood;
    }

    public int getRepeatCount() {
        return repeatCount;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Long getGuestEntryId() {
        return guestEntryId;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public long getHolderOfficeId() {
        return holderOfficeId;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
