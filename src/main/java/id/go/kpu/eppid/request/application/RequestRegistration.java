package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.Applicant;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdCheck;
import id.go.kpu.eppid.request.domain.IdDocument;
import id.go.kpu.eppid.request.domain.PhoneNumber;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.domain.TrackingCode;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import static id.go.kpu.eppid.shared.validation.InputChecks.blankToNull;
import static id.go.kpu.eppid.shared.validation.InputChecks.email;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

/**
 * One attempt at registering a request, in its own transaction: validates the form; stores the applicant, the
 * request, its files and the first history line; issues the registration number and queues the confirmation mail.
 * Called through {@link RequestIntake}, which tries again after a deadlock.
 */
@ApplicationScoped
public class RequestRegistration {

    static final int MAX_NAME = 150;
    static final int MAX_INSTITUTION = 200;
    static final int MAX_ADDRESS = 400;
    static final int MAX_OCCUPATION = 100;
    static final int MAX_EMAIL = 150;
    static final int MAX_TEXT = 4000;
    static final int MAX_SOURCE = 300;
    /** How far back staff may date a letter's receipt when they register it late. */
    static final Duration MAX_BACKDATE = Duration.ofDays(30);
    /** REQ-5: a walk-in may be taken straight to the Chair or the Secretary. */
    static final Set<Role> AUDIENCE_OFFICIALS = EnumSet.of(Role.CHAIR, Role.SECRETARY);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistrationNumbers numbers;

    @Inject
    private DeadlinePolicy deadlines;

    @Inject
    private RequestUploads uploads;

    @Inject
    private IntakeMail mail;

    @Inject
    private Event<RequestRegistered> registered;

    private final Clock clock = Clock.systemUTC();

    /**
     * Validates and registers; see {@link RequestIntake#submit}. Runs in its own transaction, or joins the caller's
     * (letter intake registers a letter and the request it contains together, and retries the whole).
     */
    @Transactional
    public Receipt register(IntakeCommand cmd, List<AcceptedFile> files, String actor, DeskIntake desk) {
        Office office = cmd.officeId() == null ? null : em.find(Office.class, cmd.officeId());
        Instant now = clock.instant();
        Validated v = validate(cmd, files, office, desk, now);
        Instant receivedAt = desk.receivedAt() == null ? now : desk.receivedAt();
        int year = receivedAt.atZone(office.getZone()).getYear();
        // A form sent again (a double click, a retry after "send again") finds its request. Two copies sent at the same
        // moment both get here; the second then waits at the unique submission key for the first to commit, fails, and
        // RequestIntake runs it again, which finds the first here.
        Optional<ServiceRequest> earlier = findBySubmissionKey(cmd.submissionKey());
        if (earlier.isPresent()) {
            if (!isCopy(earlier.get(), office, v.idNumber)) {
                // the key is the client's (the API's Idempotency-Key): sent again with another office or applicant it
                // is not this form sent twice, and must not hand out that request's number
                throw new InvalidInputException("submissionKey", "intake.submissionKey.reused");
            }
            files.forEach(uploads::discard);
            return receipt(earlier.get(), null, true);
        }
        // Everything but the number is written before the office's counter is locked: the lock is held until the
        // commit, and every submission to the office waits for it (issue 8, P1: with the inserts under it, 50
        // clients of one office queued there). Under it: the counter, the request's number and the mail.
        DeadlinePolicy.Scheduled due = deadlines.schedule(office,
                desk.immediate() ? RegimeScope.INFORMATION_IMMEDIATE : DeadlinePolicy.scope(cmd.kind()), receivedAt);
        List<FileDetails> stored = files.stream().map(uploads::store).toList();
        Applicant applicant = new Applicant(cmd.applicantType(), v.name, blankToNull(cmd.institutionName()),
                cmd.idType(), v.idNumber, cmd.address().trim(), blankToNull(cmd.occupation()), v.phone,
                blankToNull(cmd.email()), now);
        String code = TrackingCode.generate();
        ServiceRequest request = new ServiceRequest(office, applicant,
                new ServiceRequest.Details(cmd.kind(), cmd.channel(), cmd.subject().trim(), cmd.purpose().trim(),
                        cmd.kind() == RequestKind.INFORMATION ? cmd.obtainMethod() : null, cmd.deliveryMethod(),
                        cmd.informationSource().trim()),
                year, TrackingCode.hash(code), cmd.submissionKey(), receivedAt,
                due.dueAt());
        deadlines.record(request, due);
        if (!RequestEvent.APPLICANT.equals(actor)) {
            request.recordDesk(desk.idCheck(), actor, v.audience, v.audience == null ? null : now);
        }
        em.persist(request);
        for (int i = 0; i < files.size(); i++) {
            em.persist(new RequestFile(request, files.get(i).kind(), stored.get(i), now));
        }
        em.persist(new RequestEvent(request, now, actor, EventAction.SUBMITTED, null, RequestStatus.RECEIVED,
                deskNote(cmd, desk)));
        if (v.audience != null) {
            // REQ-5: the desk confirmed the official is available and took the applicant in; the oral disposition
            // that follows is recorded by the official as the next step of the request.
            em.persist(new RequestEvent(request, now, actor, EventAction.TAKEN_TO_OFFICIAL, null, null,
                    v.audience.getFullName()));
        }
        em.flush();
        request.number(numbers.next(office, cmd.kind(), year));
        registered.fire(new RequestRegistered(request.getId(), office.getId(), request.getRegistrationNumber(),
                desk.origin(), actor));
        Receipt receipt = receipt(request, code, false);
        if (applicant.getEmail() != null) {
            mail.queueConfirmation(receipt, applicant.getEmail(), cmd.locale());
        }
        return receipt;
    }

    /** Whether {@code earlier} is the form now sent again: the same office and the same applicant's ID number. */
    private static boolean isCopy(ServiceRequest earlier, Office office, String idNumber) {
        return earlier.getOffice().getId().equals(office.getId())
                && Objects.equals(earlier.getApplicant().getIdNumber(), idNumber);
    }

    /** The request registered from a form with this key, if any. */
    public Optional<ServiceRequest> findBySubmissionKey(String key) {
        return em.createQuery("select r from ServiceRequest r where r.submissionKey = :k", ServiceRequest.class)
                .setParameter("k", key)
                .getResultStream().findFirst();
    }

    static Receipt receipt(ServiceRequest r, String code, boolean duplicate) {
        Office o = r.getOffice();
        return new Receipt(r.getId(), r.getRegistrationNumber(), code, r.getKind(), r.getChannel(),
                r.getApplicant().getDisplayName(), r.getSubject(), o.getId(), o.getName(), o.getTimeZone(),
                r.getReceivedAt(), r.getDueAt(), duplicate);
    }

    private record Validated(String name, String idNumber, PhoneNumber phone, StaffAccount audience) {
    }

    /** The channel and origin of a desk registration, for the first history line (no personal data). */
    private static String deskNote(IntakeCommand cmd, DeskIntake desk) {
        if (desk.origin() == null && desk.idCheck() == IdCheck.SCANNED) {
            return null;
        }
        String note = "channel=" + cmd.channel() + " id=" + desk.idCheck();
        return desk.origin() == null ? note : note + " from=" + desk.origin().type() + "#" + desk.origin().id();
    }

    private Validated validate(IntakeCommand cmd, List<AcceptedFile> files, Office office, DeskIntake desk,
            Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (office == null) {
            problems.add(new Problem("officeId", "intake.office.required"));
        }
        required(problems, "kind", cmd.kind());
        required(problems, "channel", cmd.channel());
        if (cmd.submissionKey() == null || cmd.submissionKey().isBlank() || cmd.submissionKey().length() > 64) {
            problems.add(new Problem("submissionKey", "intake.submissionKey.invalid"));
        }
        required(problems, "applicantType", cmd.applicantType());
        String name = text(problems, "name", cmd.name(), MAX_NAME, true);
        boolean body = cmd.applicantType() != null && cmd.applicantType().isBody();
        text(problems, "institutionName", cmd.institutionName(), MAX_INSTITUTION, body);
        String idNumber = null;
        if (cmd.idType() == null) {
            problems.add(new Problem("idType", "validation.required"));
        } else {
            Optional<IdDocument> id = IdDocument.parse(cmd.idType(), cmd.idNumber());
            if (id.isEmpty()) {
                problems.add(new Problem("idNumber", IdDocument.invalidKey(cmd.idType())));
            } else {
                idNumber = id.get().number();
            }
        }
        text(problems, "address", cmd.address(), MAX_ADDRESS, true);
        text(problems, "occupation", cmd.occupation(), MAX_OCCUPATION, false);
        Optional<PhoneNumber> phone = PhoneNumber.parse(cmd.phone());
        if (phone.isEmpty()) {
            problems.add(new Problem("phone", "intake.phone.invalid"));
        }
        String email = email(problems, "email", cmd.email(), MAX_EMAIL, false);
        text(problems, "subject", cmd.subject(), MAX_TEXT, true);
        text(problems, "purpose", cmd.purpose(), MAX_TEXT, true);
        if (cmd.kind() == RequestKind.INFORMATION) {
            required(problems, "obtainMethod", cmd.obtainMethod());
        }
        required(problems, "deliveryMethod", cmd.deliveryMethod());
        if (cmd.deliveryMethod() == DeliveryMethod.EMAIL && email == null) {
            problems.add(new Problem("email", "intake.email.requiredForDelivery"));
        }
        text(problems, "informationSource", cmd.informationSource(), MAX_SOURCE, true); // REQ-2
        boolean applicantPresent = cmd.channel() == Channel.ONLINE || cmd.channel() == Channel.WALK_IN;
        if (applicantPresent && !cmd.consent()) {
            problems.add(new Problem("consent", "intake.consent.required"));
        }
        if (desk.idCheck() == IdCheck.SHOWN && cmd.channel() != Channel.WALK_IN) {
            problems.add(new Problem("idScan", "intake.idShown.walkInOnly"));
        } else if (desk.idCheck() != IdCheck.SHOWN && files.stream().noneMatch(f -> f.kind() == FileKind.ID_SCAN)) {
            problems.add(new Problem("idScan", "intake.idScan.required"));
        }
        // Online, an institution attaches the letter of its head; at the desk it may come with or without one (CON-1).
        if (body && cmd.channel() == Channel.ONLINE
                && files.stream().noneMatch(f -> f.kind() == FileKind.REQUEST_LETTER)) {
            problems.add(new Problem("requestLetter", "intake.letter.required"));
        }
        if (desk.receivedAt() != null && (desk.receivedAt().isAfter(now.plusSeconds(60))
                || desk.receivedAt().isBefore(now.minus(MAX_BACKDATE)))) {
            problems.add(new Problem("receivedAt", "intake.receivedAt.invalid", MAX_BACKDATE.toDays()));
        }
        StaffAccount audience = null;
        if (desk.audienceOfficialId() != null) {
            audience = em.find(StaffAccount.class, desk.audienceOfficialId());
            if (audience == null || office == null || !audience.getOffice().getId().equals(office.getId())
                    || !audience.hasAnyRole(AUDIENCE_OFFICIALS) || cmd.channel() != Channel.WALK_IN) {
                problems.add(new Problem("audienceOfficial", "intake.audience.invalid"));
                audience = null;
            }
        }
        // REQ-5: only information asked for in person can be judged immediately available and served within the hour.
        if (desk.immediate() && (cmd.kind() != RequestKind.INFORMATION || cmd.channel() != Channel.WALK_IN)) {
            problems.add(new Problem("immediate", "intake.immediate.walkInOnly"));
        }
        InvalidInputException.throwIfAny(problems);
        return new Validated(name, idNumber, phone.orElseThrow(), audience);
    }

}
