package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.survey.application.Surveys;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import id.go.kpu.eppid.survey.web.SurveyBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The satisfaction survey of a request on its staff page {@code /staff/request.xhtml?id=} (REQ-10): whether it was
 * answered, and — once the request is decided — the survey opened on this screen for the applicant at the desk
 * (answers count as given at the desk).
 */
@Named
@ViewScoped
public class RequestSurveyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** When the service is over and can be rated. */
    static final Set<RequestStatus> RATEABLE = EnumSet.of(RequestStatus.DECIDED, RequestStatus.DELIVERED,
            RequestStatus.CLOSED);

    @Inject
    private transient Surveys surveys;
    @Inject
    private transient RequestRecords records;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long requestId;
    private String registrationNumber;
    private long officeId;
    private SurveyService service;
    private boolean rateable;
    private SurveyResponse survey;

    @PostConstruct
    void init() {
        Long id = Faces.longParam("id");
        ServiceRequest r = id == null ? null : records.find(id, currentStaff.get()).orElse(null);
        if (r == null) {
            return;
        }
        requestId = r.getId();
        registrationNumber = r.getRegistrationNumber();
        officeId = r.getOffice().getId();
        service = r.getKind() == RequestKind.CONSULTATION ? SurveyService.CONSULTATION : SurveyService.REQUEST;
        rateable = RATEABLE.contains(r.getStatus());
        survey = surveys.forService(service, requestId).orElse(null);
    }

    /** Whether the page shows the survey section: the service can be rated or was. */
    public boolean isShown() {
        return requestId != null && (rateable || survey != null);
    }

    /** Opens the survey on this screen, turned to the applicant. */
    public String rateAtDesk() {
        if (requestId == null || !rateable) {
            Faces.error(null, "survey.request.notRateable");
            return null;
        }
        SurveyResponse s = surveys.open(officeId, service, requestId, registrationNumber);
        if (s.isSubmitted()) {
            Faces.error(null, "survey.request.answered");
            return null;
        }
        return SurveyBacking.openAtDesk(s.getToken());
    }

    public SurveyResponse getSurvey() {
        return survey;
    }
}
