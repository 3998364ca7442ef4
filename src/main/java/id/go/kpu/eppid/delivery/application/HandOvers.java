package id.go.kpu.eppid.delivery.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.email;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.delivery.domain.HandOver;
import id.go.kpu.eppid.delivery.domain.HandOverContent;
import id.go.kpu.eppid.delivery.domain.HandOverMethod;
import id.go.kpu.eppid.delivery.domain.WhatsAppLink;
import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.processing.application.RequestDecisions;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.processing.domain.RequestAnalysis;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.PhoneNumber;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.RequestTransition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailAttachment.Attachment;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.upload.SignatureImages;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.survey.application.SurveyInvitations;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands the outcome of a request to the applicant and writes the expedition book (REQ-4 steps 11 and 13, REQ-5):
 * the raw data without a reply letter, or an approved reply letter with or without the data; collected at the desk
 * (the recipient signs on screen), by post, by e-mail (the portal sends the letter and data as attachments) or on
 * WhatsApp (the officer sends the prepared message from the office's WhatsApp). The first hand-over moves the request
 * to DELIVERED; later ones (e.g. the paper copy after the e-mail) are recorded as well.
 */
@ApplicationScoped
public class HandOvers {

    static final Set<RequestStatus> HANDABLE = EnumSet.of(RequestStatus.DECIDED, RequestStatus.DELIVERED);
    static final String SERIES = "EXPEDITION";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SurveyInvitations surveys;
    @Inject
    private RequestWorkflow workflow;
    @Inject
    private RequestDecisions decisions;
    @Inject
    private RequestRecords records;
    @Inject
    private OutgoingLetters letters;
    @Inject
    private OfficeCounters counters;
    @Inject
    private PortalFiles files;
    @Inject
    private MailQueue mailQueue;
    @Inject
    private IntakeMail intakeMail;

    private final Clock clock = Clock.systemUTC();

    /** Whether the actor may record a hand-over of this request now. */
    public boolean mayHandOver(StaffAccount actor, ServiceRequest request) {
        boolean sameOffice = request.getOffice().getId().equals(actor.getOffice().getId());
        boolean assignee = request.getAssignee() != null && request.getAssignee().getId().equals(actor.getId());
        return sameOffice && HANDABLE.contains(request.getStatus())
                && (assignee || actor.hasAnyRole(RequestWorkflow.DISPOSERS) || actor.hasAnyRole(RequestWorkflow.APPLICANT_DESK));
    }

    /** The hand-overs of a request, oldest first. */
    public List<HandOver> of(ServiceRequest request) {
        return em.createQuery("select h from HandOver h where h.request = :r order by h.id", HandOver.class)
                .setParameter("r", request).getResultList();
    }

    /** The data files prepared for the request (REQ-4). */
    public List<RequestFile> dataFiles(ServiceRequest request) {
        return records.files(request, FileKind.DATA);
    }

    /** The approved letters that can be handed over. */
    public List<OutgoingLetter> letters(ServiceRequest request) {
        return letters.approvedLetters(request);
    }

    /** Whether the raw data may go without a reply letter: only when there is data and it was (partly) granted. */
    public boolean dataMayGoAlone(ServiceRequest request) {
        Optional<DecisionOutcome> outcome = decisions.analysis(request).map(RequestAnalysis::getOutcome);
        return !dataFiles(request).isEmpty() && outcome.isPresent()
                && (outcome.get() == DecisionOutcome.GRANTED || outcome.get() == DecisionOutcome.PARTIALLY_GRANTED);
    }

    /** The click-to-chat link with the message for the applicant (they download with their tracking code). */
    public String whatsAppLink(ServiceRequest request, String phone) {
        Optional<PhoneNumber> number = PhoneNumber.parse(phone);
        if (number.isEmpty()) {
            throw new InvalidInputException("recipientContact", "delivery.whatsapp.invalid");
        }
        Messages m = Messages.of(Messages.INDONESIAN);
        return WhatsAppLink.of(number.get().e164(), m.get("delivery.whatsapp.message",
                request.getApplicant().getDisplayName(), request.getRegistrationNumber(), request.getOffice().getName(),
                intakeMail.trackingUrl(request.getRegistrationNumber())));
    }

    /** Records a hand-over; throws {@link InvalidInputException} with every problem at its field. */
    @Transactional
    public HandOver record(StaffAccount actor, long requestId, HandOverCommand cmd) {
        ServiceRequest request = workflow.lockedRequest(actor, requestId);
        if (!HANDABLE.contains(request.getStatus())) {
            throw new InvalidInputException(null, "delivery.notDecided");
        }
        if (!mayHandOver(actor, request)) {
            throw new InvalidInputException(null, "workflow.notAllowed.assignee");
        }
        List<Problem> problems = new ArrayList<>();
        if (cmd.content() == null) {
            problems.add(new Problem("content", "validation.required"));
        }
        if (cmd.method() == null) {
            problems.add(new Problem("method", "validation.required"));
        }
        String name = text(problems, "recipientName", cmd.recipientName(), HandOver.NAME_LENGTH, true);
        String note = text(problems, "note", cmd.note(), HandOver.NOTE_LENGTH, false);
        String contact = contact(problems, cmd.method(), cmd.recipientContact());
        OutgoingLetter letter = null;
        List<RequestFile> data = dataFiles(request);
        if (cmd.content() != null && cmd.content().includesLetter()) {
            letter = letters.approvedLetters(request).stream()
                    .filter(l -> l.getId().equals(cmd.letterId())).findFirst().orElse(null);
            if (letter == null) {
                problems.add(new Problem("letter", cmd.letterId() == null ? "validation.required"
                        : "delivery.letter.invalid"));
            }
        }
        if (cmd.content() == HandOverContent.DATA_ONLY && !dataMayGoAlone(request)) {
            problems.add(new Problem("content", "delivery.dataOnly.invalid"));
        } else if (cmd.content() == HandOverContent.LETTER_AND_DATA && data.isEmpty()) {
            problems.add(new Problem("content", "delivery.noData"));
        }
        byte[] signature = cmd.method() == HandOverMethod.COLLECTION ? SignatureImages.decode(problems, "signature",
                cmd.signatureDataUrl(), "delivery.signature.required", "delivery.signature.invalid") : null;
        InvalidInputException.throwIfAny(problems);
        List<RequestFile> handedData = cmd.content().includesData() ? data : List.of();
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, request.getOffice().getZone()).getYear();
        int seq = counters.next(request.getOffice().getId(), SERIES, Integer.toString(year));
        FileDetails signed = signature == null ? null : files.keep(signature, "signature.png", "image/png");
        String description = description(letter, handedData);
        HandOver handOver = new HandOver(request, year, seq, new HandOver.Particulars(cmd.content(),
                letter == null ? null : letter.getId(), description, cmd.method(), name, contact, note), signed, now,
                actor.getUsername());
        em.persist(handOver);
        if (cmd.method() == HandOverMethod.EMAIL) {
            handOver.sentWith(mail(request, contact, letter, handedData).getId());
        }
        RequestStatus from = request.getStatus();
        if (from == RequestStatus.DECIDED) {
            request.apply(RequestTransition.DELIVER);
            if (cmd.method() != HandOverMethod.EMAIL) {
                intakeMail.queueMilestone(request, null); // the e-mail hand-over tells them itself
            }
            // REQ-10: the service is complete; the applicant is asked to rate it
            surveys.invite(new SurveyInvitations.Invitation(request.getOffice().getId(), request.getOffice().getName(),
                    SurveyService.REQUEST, request.getId(), request.getRegistrationNumber(), request.getId(),
                    request.getApplicant().getDisplayName(), request.getApplicant().getEmail()));
        }
        em.persist(new RequestEvent(request, now, actor.getUsername(), EventAction.HANDED_OVER, from,
                request.getStatus(), handOver.getBookNumber() + " " + cmd.method() + ": " + description));
        return handOver;
    }

    private String contact(List<Problem> problems, HandOverMethod method, String value) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case EMAIL -> email(problems, "recipientContact", value, 150, true);
            case WHATSAPP -> {
                String phone = text(problems, "recipientContact", value, 30, true);
                if (phone != null && PhoneNumber.parse(phone).isEmpty()) {
                    problems.add(new Problem("recipientContact", "delivery.whatsapp.invalid"));
                }
                yield phone == null ? null : PhoneNumber.parse(phone).map(PhoneNumber::e164).orElse(phone);
            }
            case POST -> text(problems, "recipientContact", value, HandOver.CONTACT_LENGTH, true);
            case COLLECTION -> text(problems, "recipientContact", value, HandOver.CONTACT_LENGTH, false);
        };
    }

    private OutgoingMail mail(ServiceRequest request, String to, OutgoingLetter letter, List<RequestFile> data) {
        Messages m = Messages.of(Messages.INDONESIAN);
        List<Attachment> attachments = new ArrayList<>();
        if (letter != null) {
            attachments.add(new Attachment(letter.getPdf().getStoredName(), letter.getPdf().getOriginalName(),
                    "application/pdf"));
        }
        data.forEach(f -> attachments.add(new Attachment(f.getStoredName(), f.getOriginalName(), f.getMediaType())));
        String listed = attachments.stream().map(a -> "- " + a.fileName()).collect(Collectors.joining("\n"));
        return mailQueue.enqueue(request.getOffice().getId(), request.getId(), to,
                m.get("delivery.mail.subject", request.getRegistrationNumber()),
                m.get("delivery.mail.body", request.getApplicant().getDisplayName(), request.getRegistrationNumber(),
                        listed, request.getOffice().getName(), intakeMail.trackingUrl(request.getRegistrationNumber())),
                attachments);
    }

    private static String description(OutgoingLetter letter, List<RequestFile> data) {
        List<String> parts = new ArrayList<>();
        if (letter != null) {
            parts.add(Messages.of(Messages.INDONESIAN).label(letter.getType()) + " " + letter.getNumber());
        }
        data.forEach(f -> parts.add(f.getOriginalName()));
        String d = String.join("; ", parts);
        return d.length() > HandOver.DESCRIPTION_LENGTH ? d.substring(0, HandOver.DESCRIPTION_LENGTH - 1) + "…" : d;
    }
}
