package id.go.kpu.eppid.survey.domain;

/** The service a survey response is about: one response per service event (no ballot stuffing). */
public enum SurveyService {
    HELPDESK, REQUEST, CONSULTATION
}
