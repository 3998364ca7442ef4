package id.go.kpu.eppid.survey.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.survey.application.Surveys;
import id.go.kpu.eppid.survey.domain.SurveyElement;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs the public {@code /survey.xhtml?t=…}: the satisfaction survey of one service event (HD-12, REQ-10), the nine
 * elements on the 1–4 scale and a comment, answered once. The page shows the office and the service's number only —
 * no personal data. A wrong token shows the same "unknown link" whatever it is.
 */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DESK_TOKENS = SurveyBacking.class.getName() + ".desk";
    private static final String FORM = "survey:";

    @Inject
    private transient Surveys surveys;
    @Inject
    private transient OfficeDirectory offices;

    private String token;
    private boolean known;
    private boolean submitted;
    private SurveyService service;
    private String serviceRef;
    private String officeName;
    private final Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
    private String comment;

    /** Marks in the session that the desk opened this survey on its own screen (answers count as given at the desk). */
    @SuppressWarnings("unchecked")
    private static void markOpenedAtDesk(String token) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        Set<String> tokens = (Set<String>) session.computeIfAbsent(DESK_TOKENS, k -> new HashSet<String>());
        tokens.add(token);
    }

    /** Opens the survey on the staff screen, turned to the applicant or party: the outcome to navigate to. */
    public static String openAtDesk(String token) {
        markOpenedAtDesk(token);
        return "/survey?faces-redirect=true&t=" + token;
    }

    @SuppressWarnings("unchecked")
    private static boolean openedAtDesk(String token) {
        Object tokens = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(DESK_TOKENS);
        return tokens instanceof Set<?> set && ((Set<String>) set).contains(token);
    }

    @PostConstruct
    void init() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
        surveys.byToken(token).ifPresent(this::show);
    }

    private void show(SurveyResponse r) {
        known = true;
        submitted = r.isSubmitted();
        service = r.getService();
        serviceRef = r.getServiceRef();
        officeName = offices.findById(r.getOfficeId()).map(Office::getName).orElse("");
    }

    public String submit() {
        try {
            surveys.submit(token, scores, comment,
                    openedAtDesk(token) ? SurveyResponse.Via.DESK : SurveyResponse.Via.LINK);
            submitted = true;
            Faces.info(null, "survey.thanks");
        } catch (InvalidInputException e) {
            Faces.show(e, FORM, null);
        }
        return null;
    }

    public List<SurveyElement> getElements() {
        return List.of(SurveyElement.values());
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4);
    }

    public boolean isKnown() {
        return known;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public SurveyService getService() {
        return service;
    }

    public String getServiceRef() {
        return serviceRef;
    }

    public String getOfficeName() {
        return officeName;
    }

    public Map<SurveyElement, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
