package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The confirmation mail to the applicant (REQ-7: the PPID confirms receipt by email), in the applicant's language,
 * queued in the submitting transaction. It carries no ID number, phone or address.
 */
@ApplicationScoped
public class IntakeMail {

    @Inject
    private MailQueue queue;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The public tracking page for a registration number. */
    public String trackingUrl(String registrationNumber) {
        return baseUrl.replaceAll("/+$", "") + "/track.xhtml?number=" + registrationNumber;
    }

    /** The milestones the applicant is told of by e-mail (not dispositions: internal). */
    public static final Set<RequestStatus> MILESTONES = EnumSet.of(RequestStatus.IN_ANALYSIS,
            RequestStatus.EXTENDED, RequestStatus.INCOMPLETE, RequestStatus.DECIDED, RequestStatus.DELIVERED);

    /**
     * Tells the applicant (if they gave an e-mail address) that their request reached a milestone, with the note
     * they need (e.g. what to complete). Queued in the caller's transaction; Indonesian, the portal's default.
     */
    public void queueMilestone(ServiceRequest request, String note) {
        if (!MILESTONES.contains(request.getStatus())) {
            return;
        }
        Messages m = Messages.of(Messages.INDONESIAN);
        String status = m.label(request.getStatus());
        toApplicant(request, m.get("mail.milestone.subject", request.getRegistrationNumber(), status),
                m.get("mail.milestone.body", request.getApplicant().getDisplayName(), request.getRegistrationNumber(),
                        status, note == null ? "" : note, request.getOffice().getName(),
                        trackingUrl(request.getRegistrationNumber())));
    }

    /**
     * Tells the applicant (if they gave an e-mail address) that their request's due date changed, with the new date
     * and the reason (REQ-5: information not immediately available after all).
     */
    public void queueDueChanged(ServiceRequest request, String reason) {
        Messages m = Messages.of(Messages.INDONESIAN);
        toApplicant(request, m.get("mail.dueChanged.subject", request.getRegistrationNumber()),
                m.get("mail.dueChanged.body", request.getApplicant().getDisplayName(), request.getRegistrationNumber(),
                        OfficeDateFormat.date(request.getDueAt().atZone(request.getOffice().getZone()), m.locale()),
                        reason, request.getOffice().getName(), trackingUrl(request.getRegistrationNumber())));
    }

    /** Queues a mail to the applicant of {@code request}, when they gave an e-mail address. */
    public void toApplicant(ServiceRequest request, String subject, String body) {
        String email = request.getApplicant().getEmail();
        if (email != null) {
            queue.enqueue(request.getOffice().getId(), request.getId(), email, subject, body);
        }
    }

    public void queueConfirmation(Receipt receipt, String email, Locale locale) {
        Messages m = Messages.of(locale);
        ZoneId zone = ZoneId.of(receipt.zoneId());
        String subject = m.get("mail.confirmation.subject", receipt.registrationNumber());
        String body = m.get("mail.confirmation.body",
                receipt.applicantName(),
                m.label(receipt.kind()),
                receipt.officeName(),
                receipt.registrationNumber(),
                receipt.trackingCode(),
                OfficeDateFormat.dateTime(receipt.receivedAt().atZone(zone), m.locale()),
                OfficeDateFormat.date(receipt.dueAt().atZone(zone), m.locale()),
                trackingUrl(receipt.registrationNumber()));
        queue.enqueue(receipt.officeId(), receipt.requestId(), email, subject, body);
    }
}
