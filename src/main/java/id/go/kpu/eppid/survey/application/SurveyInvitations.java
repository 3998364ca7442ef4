package id.go.kpu.eppid.survey.application;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * REQ-10, HD-12: after a service — a request delivered, a consultation held, a helpdesk consultation understood — the
 * applicant is sent the link to its survey (one per service event), in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SurveyInvitations {

    @Inject
    private Surveys surveys;
    @Inject
    private MailQueue mail;

    /** Who is invited, and to the survey of which service event. */
    public record Invitation(long officeId, String officeName, SurveyService service, long serviceId,
            String serviceRef, Long requestId, String name, String email) {
    }

    /**
     * Opens the event's survey and, when there is an address and the survey is still unanswered and not yet sent,
     * mails its link. Returns the survey.
     */
    public SurveyResponse invite(Invitation in) {
        SurveyResponse r = surveys.open(in.officeId(), in.service(), in.serviceId(), in.serviceRef());
        if (in.email() != null && !r.isSubmitted() && r.getLinkSentAt() == null) {
            send(in, r);
        }
        return r;
    }

    /** Mails the link again (the applicant asked for it, or gave an address later). */
    public SurveyResponse resend(Invitation in) {
        SurveyResponse r = surveys.open(in.officeId(), in.service(), in.serviceId(), in.serviceRef());
        send(in, r);
        return r;
    }

    private void send(Invitation in, SurveyResponse r) {
        Messages m = Messages.of(Messages.INDONESIAN);
        String service = m.label(in.service());
        mail.enqueue(in.officeId(), in.requestId(), in.email(), m.get("survey.mail.subject", service, in.serviceRef()),
                m.get("survey.mail.body", in.name(), service, in.serviceRef(), in.officeName(), surveys.link(r)));
        surveys.linkSent(r);
    }
}
