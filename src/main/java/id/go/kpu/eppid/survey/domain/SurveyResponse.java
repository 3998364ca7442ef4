package id.go.kpu.eppid.survey.domain;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The satisfaction survey of one service event (HD-12, REQ-10): opened for the event with an unguessable token (at
 * the desk, or by a link sent to the person served), answered once with a score per element and a comment.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    public static final int COMMENT_LENGTH = 2000;

    /** Where the answers were given. */
    public enum Via { DESK, LINK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SurveyService service;

    @Column(name = "service_id", nullable = false, updatable = false)
    private long serviceId;

    @Column(name = "service_ref", nullable = false, length = 40, updatable = false)
    private String serviceRef;

    @Column(nullable = false, length = 43, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "link_sent_at")
    private Instant linkSentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_via", length = 8)
    private Via answeredVia;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(length = COMMENT_LENGTH)
    private String comment;

    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("elementCode")
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    public SurveyResponse(long officeId, SurveyService service, long serviceId, String serviceRef, String token,
            Instant now) {
        this.officeId = officeId;
        this.service = service;
        this.serviceId = serviceId;
        this.serviceRef = serviceRef;
        this.token = token;
        this.createdAt = now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public void linkSent(Instant now) {
        this.linkSentAt = now;
    }

    /**
     * The answers: a score from 1 to 4 for each of the nine elements, and an optional comment. Answered once.
     *
     * @throws InvalidInputException when already answered, or (per element field) a score is missing or out of range
     */
    public void submit(Map<SurveyElement, Integer> scores, String comment, Via via, Instant now) {
        if (isSubmitted()) {
            throw new InvalidInputException(null, "survey.alreadySubmitted");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (SurveyElement e : SurveyElement.values()) {
            Integer s = scores.get(e);
            if (s == null || s < SurveyElement.MIN_SCORE || s > SurveyElement.MAX_SCORE) {
                problems.add(new InvalidInputException.Problem("score" + e.code(), "survey.score.required"));
            }
        }
        if (comment != null && comment.length() > COMMENT_LENGTH) {
            problems.add(new InvalidInputException.Problem("comment", "validation.tooLong", COMMENT_LENGTH));
        }
        InvalidInputException.throwIfAny(problems);
        for (SurveyElement e : SurveyElement.values()) {
            answers.add(new SurveyAnswer(this, e, scores.get(e)));
        }
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.answeredVia = via;
        this.submittedAt = now;
    }

    /** The mean of the scores given, or 0 before submission. */
    public double average() {
        return answers.stream().mapToInt(SurveyAnswer::getScore).average().orElse(0);
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public SurveyService getService() {
        return service;
    }

    public long getServiceId() {
        return serviceId;
    }

    public String getServiceRef() {
        return serviceRef;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLinkSentAt() {
        return linkSentAt;
    }

    public Via getAnsweredVia() {
        return answeredVia;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getComment() {
        return comment;
    }

    public List<SurveyAnswer> getAnswers() {
        return answers;
    }
}
