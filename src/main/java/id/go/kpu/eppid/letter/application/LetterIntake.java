package id.go.kpu.eppid.letter.application;

import id.go.kpu.eppid.letter.domain.IncomingLetter;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.shared.persistence.TransactionRetry;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Letter intake (REQ-1, REQ-4, CON-1): registers every incoming letter with its agenda number, and a letter that
 * is a request for information or consultation creates that request in the same transaction (same register,
 * numbering and deadline as an online one, linked to the letter). WhatsApp and e-mail letters are registered the
 * same way, with the sender's contact (seed 004 A.2.1.b).
 */
@ApplicationScoped
public class LetterIntake {

    @Inject
    private LetterRegistration registration;

    @Inject
    private TransactionRetry retry;

    /** The registered letter and, when it is a request, the request's receipt. */
    public record Result(IncomingLetter letter, Receipt receipt) {
    }

    /**
     * Registers the letter (and its request when {@code request} is given). Throws {@link InvalidInputException}
     * listing every problem of both parts; nothing is stored then.
     */
    public Result register(long officeId, LetterCommand letter, List<LetterFileUpload> files, IntakeCommand request,
            String actor) {
        return retry.run(() -> registration.register(officeId, letter, files, request, actor));
    }
}
