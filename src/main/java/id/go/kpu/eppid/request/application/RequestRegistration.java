package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.Applicant;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.Nik;
import id.go.kpu.eppid.request.domain.PhoneNumber;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.domain.TrackingCode;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9./\\- ]{3,32}");

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

    private final Clock clock = Clock.systemUTC();

    /** Validates and registers in a new transaction; see {@link RequestIntake#submit}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Receipt register(IntakeCommand cmd, List<AcceptedFile> files, String actor) {
        Office office = cmd.officeId() == null ? null : em.find(Office.class, cmd.officeId());
        Validated v = validate(cmd, files, office);
        Instant now = clock.instant();
        int year = now.atZone(office.getZone()).getYear();
        int last = numbers.lock(office, year);
        // Checked while holding the office's counter lock, so two clicks of the same form are serialised here.
        Optional<ServiceRequest> earlier = findBySubmissionKey(cmd.submissionKey());
        if (earlier.isPresent()) {
            files.forEach(uploads::discard);
            return receipt(earlier.get(), null, true);
        }
        RegistrationNumber number = numbers.issue(office, cmd.kind(), year, last);
        Applicant applicant = new Applicant(cmd.applicantType(), v.name, blankToNull(cmd.institutionName()),
                cmd.idType(), v.idNumber, cmd.address().trim(), blankToNull(cmd.occupation()), v.phone,
                blankToNull(cmd.email()), now);
        String code = TrackingCode.generate();
        ServiceRequest request = new ServiceRequest(office, applicant,
                new ServiceRequest.Details(cmd.kind(), cmd.channel(), cmd.subject().trim(), cmd.purpose().trim(),
                        cmd.kind() == RequestKind.INFORMATION ? cmd.obtainMethod() : null, cmd.deliveryMethod(),
                        cmd.informationSource().trim()),
                number, TrackingCode.hash(code), cmd.submissionKey(), now, deadlines.dueAt(office, cmd.kind(), now));
        em.persist(request);
        for (AcceptedFile file : files) {
            String stored = uploads.promote(file);
            em.persist(new RequestFile(request, file.kind(), stored, file.originalName(), file.mediaType(),
                    file.sizeBytes(), file.sha256(), now));
        }
        em.persist(new RequestEvent(request, now, actor, EventAction.SUBMITTED, null, RequestStatus.RECEIVED, null));
        em.flush();
        Receipt receipt = receipt(request, code, false);
        if (applicant.getEmail() != null) {
            mail.queueConfirmation(receipt, applicant.getEmail(), cmd.locale());
        }
        return receipt;
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

    private record Validated(String name, String idNumber, PhoneNumber phone) {
    }

    private Validated validate(IntakeCommand cmd, List<AcceptedFile> files, Office office) {
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
        } else if (cmd.idType() == IdType.NIK) {
            Optional<Nik> nik = Nik.parse(cmd.idNumber());
            if (nik.isEmpty()) {
                problems.add(new Problem("idNumber", "intake.nik.invalid"));
            } else {
                idNumber = nik.get().value();
            }
        } else if (cmd.idNumber() == null || !OTHER_ID.matcher(cmd.idNumber().trim()).matches()) {
            problems.add(new Problem("idNumber", "intake.idNumber.invalid"));
        } else {
            idNumber = cmd.idNumber().trim();
        }
        text(problems, "address", cmd.address(), MAX_ADDRESS, true);
        text(problems, "occupation", cmd.occupation(), MAX_OCCUPATION, false);
        Optional<PhoneNumber> phone = PhoneNumber.parse(cmd.phone());
        if (phone.isEmpty()) {
            problems.add(new Problem("phone", "intake.phone.invalid"));
        }
        String email = text(problems, "email", cmd.email(), MAX_EMAIL, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("email", "intake.email.invalid"));
        }
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
        if (!cmd.consent()) {
            problems.add(new Problem("consent", "intake.consent.required"));
        }
        if (files.stream().noneMatch(f -> f.kind() == FileKind.ID_SCAN)) {
            problems.add(new Problem("idScan", "intake.idScan.required"));
        }
        if (body && files.stream().noneMatch(f -> f.kind() == FileKind.REQUEST_LETTER)) {
            problems.add(new Problem("requestLetter", "intake.letter.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Validated(name, idNumber, phone.orElseThrow());
    }

    private static void required(List<Problem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new Problem(field, "validation.required"));
        }
    }

    private static String text(List<Problem> problems, String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, "validation.required"));
            }
            return null;
        }
        if (trimmed.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
        return trimmed;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
