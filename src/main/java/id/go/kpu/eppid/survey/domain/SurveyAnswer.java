package id.go.kpu.eppid.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One element's score in a response, stored by the element's code and name (never by position). */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    private SurveyResponse response;

    @Column(name = "element_code", nullable = false, length = 4, updatable = false)
    private String elementCode;

    @Column(name = "element_name", nullable = false, length = 120, updatable = false)
    private String elementName;

    @Column(nullable = false, updatable = false)
    private int score;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, SurveyElement element, int score) {
        this.response = response;
        this.elementCode = element.code();
        this.elementName = element.officialName();
        this.score = score;
    }

    public String getElementCode() {
        return elementCode;
    }

    public String getElementName() {
        return elementName;
    }

    public int getScore() {
        return score;
    }

    /** The element, for answers of the current survey form. */
    public SurveyElement element() {
        return SurveyElement.valueOf(elementCode);
    }
}
