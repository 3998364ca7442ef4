package id.go.kpu.eppid.letter.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.blankToNull;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.letter.domain.AgendaNumber;
import id.go.kpu.eppid.letter.domain.IncomingLetter;
import id.go.kpu.eppid.letter.domain.LetterFile;
import id.go.kpu.eppid.letter.domain.LetterFileKind;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.DeskIntake;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.IntakeOrigin;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestRegistered;
import id.go.kpu.eppid.request.application.RequestRegistration;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.IdCheck;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One attempt at registering a letter, in its own transaction (see {@link LetterIntake}): validates, issues the
 * agenda number from the office's locked counter, stores the letter and its files, writes the audit line and, for
 * a request letter, registers the request in the same transaction.
 */
@ApplicationScoped
public class LetterRegistration {

    public static final String SUBJECT = "LETTER";
    static final String SERIES = "LETTER";
    static final Duration MAX_BACKDATE = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficeCounters counters;

    @Inject
    private RequestRegistration requests;

    @Inject
    private RequestUploads uploads;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LetterIntake.Result register(long officeId, LetterCommand cmd, List<LetterFileUpload> files,
            IntakeCommand request, String actor) {
        Office office = em.find(Office.class, officeId);
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        Instant receivedAt = validate(problems, office, cmd, files, now);
        InvalidInputException.throwIfAny(problems);
        int year = receivedAt.atZone(office.getZone()).getYear();
        int seq = counters.next(officeId, SERIES, Integer.toString(year));
        IncomingLetter letter = new IncomingLetter(officeId, new AgendaNumber(seq, office.getCode(), year),
                new IncomingLetter.Particulars(blankToNull(cmd.letterNumber()), cmd.letterDate(), cmd.sender().strip(),
                        blankToNull(cmd.senderContact()), cmd.subject().strip(), cmd.addressedTo().strip(), receivedAt,
                        cmd.channel(), cmd.type()), actor, now);
        em.persist(letter);
        em.flush();
        for (LetterFileUpload upload : files) {
            em.persist(new LetterFile(letter.getId(), upload.kind(), uploads.store(upload.file()), now));
        }
        audit.record(officeId, now, actor, SUBJECT, letter.getId(), "LETTER_REGISTERED",
                letter.getAgendaNumber() + " channel=" + cmd.channel() + " type=" + cmd.type());
        Receipt receipt = null;
        if (cmd.type().requestKind() != null) {
            if (request == null || request.kind() != cmd.type().requestKind()) {
                throw new InvalidInputException("type", "letter.request.missing");
            }
            // The letter's scan, ID copy and attachments become the request's files (same stored bytes).
            List<AcceptedFile> requestFiles = files.stream().map(u -> new AcceptedFile(u.kind().requestFileKind(),
                    u.file().stagedName(), u.file().originalName(), u.file().mediaType(), u.file().sizeBytes(),
                    u.file().sha256())).toList();
            receipt = requests.register(request, requestFiles, actor, new DeskIntake(IdCheck.SCANNED, receivedAt,
                    null, new IntakeOrigin(IntakeOrigin.Type.LETTER, letter.getId()), false));
        }
        return new LetterIntake.Result(letter, receipt);
    }

    /** Links the request created from a letter, in the registering transaction. */
    void onRequestRegistered(@Observes RequestRegistered registered) {
        if (registered.origin() == null || registered.origin().type() != IntakeOrigin.Type.LETTER) {
            return;
        }
        IncomingLetter letter = em.find(IncomingLetter.class, registered.origin().id());
        if (letter == null || letter.getOfficeId() != registered.officeId() || letter.getRequestId() != null) {
            throw new InvalidInputException(null, "letter.notFound");
        }
        letter.linkRequest(registered.requestId());
        audit.record(registered.officeId(), clock.instant(), registered.actor(), SUBJECT, letter.getId(),
                "REQUEST_LINKED", registered.registrationNumber());
    }

    private Instant validate(List<Problem> problems, Office office, LetterCommand cmd, List<LetterFileUpload> files,
            Instant now) {
        if (office == null) {
            problems.add(new Problem(null, "intake.office.required"));
            return now;
        }
        text(problems, "letterNumber", cmd.letterNumber(), 100, false);
        if (cmd.letterDate() != null && cmd.letterDate().isAfter(LocalDate.now(office.getZone()))) {
            problems.add(new Problem("letterDate", "letter.date.future"));
        }
        text(problems, "sender", cmd.sender(), 200, true);
        text(problems, "subject", cmd.subject(), 500, true);
        text(problems, "addressedTo", cmd.addressedTo(), 200, true);
        required(problems, "channel", cmd.channel());
        required(problems, "type", cmd.type());
        String contact = text(problems, "senderContact", cmd.senderContact(), 150,
                cmd.channel() != null && cmd.channel().needsSenderContact());
        if (contact != null && contact.isEmpty()) {
            problems.add(new Problem("senderContact", "validation.required"));
        }
        if (files.stream().noneMatch(f -> f.kind() == LetterFileKind.LETTER_SCAN)) {
            problems.add(new Problem("requestLetter", "letter.scan.required"));
        }
        Instant receivedAt = cmd.receivedAt() == null ? now : cmd.receivedAt().atZone(office.getZone()).toInstant();
        if (receivedAt.isAfter(now.plusSeconds(60)) || receivedAt.isBefore(now.minus(MAX_BACKDATE))) {
            problems.add(new Problem("receivedAt", "intake.receivedAt.invalid", MAX_BACKDATE.toDays()));
        }
        return receivedAt;
    }

}
