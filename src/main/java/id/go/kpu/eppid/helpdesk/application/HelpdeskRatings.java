package id.go.kpu.eppid.helpdesk.application;

import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.survey.application.SurveyInvitations;
import id.go.kpu.eppid.survey.application.Surveys;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * HD-12, seed 000 B.21: at the end of a consultation the party rates the service (the nine elements of the
 * satisfaction survey, 1–4 each, and a comment) on the officer's screen, or by a link mailed to the party.
 */
@ApplicationScoped
@Transactional
public class HelpdeskRatings {

    @Inject
    private HelpdeskDesk desk;
    @Inject
    private Surveys surveys;
    @Inject
    private SurveyInvitations invitations;

    private final Clock clock = Clock.systemUTC();

    /** The consultation's survey, if it was opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurveyResponse> survey(long consultationId) {
        return surveys.forService(SurveyService.HELPDESK, consultationId);
    }

    /** The survey to fill in on the officer's screen: its token. */
    public String atDesk(StaffAccount actor, long consultationId) {
        return open(actor, consultationId).getToken();
    }

    /** The link mailed to the party's address; the thread says so. */
    public void sendLink(StaffAccount actor, long consultationId) {
        HelpdeskConsultation c = desk.workable(actor, consultationId);
        if (c.getEmail() == null) {
            throw new InvalidInputException(null, "helpdesk.rating.noEmail");
        }
        invitations.resend(new SurveyInvitations.Invitation(c.getOfficeId(), actor.getOffice().getName(),
                SurveyService.HELPDESK, c.getId(), c.getNumber(), null, c.getRepresentative(), c.getEmail()));
        Instant now = clock.instant();
        desk.thread(c, actor, HelpdeskEntryKind.SURVEY_LINK_SENT, null, now);
    }

    private SurveyResponse open(StaffAccount actor, long consultationId) {
        HelpdeskConsultation c = desk.workable(actor, consultationId);
        if (!c.hasForm()) {
            throw new InvalidInputException(null, "helpdesk.rating.notYet");
        }
        SurveyResponse r = surveys.open(c.getOfficeId(), SurveyService.HELPDESK, c.getId(), c.getNumber());
        if (r.isSubmitted()) {
            throw new InvalidInputException(null, "survey.alreadySubmitted");
        }
        return r;
    }
}
