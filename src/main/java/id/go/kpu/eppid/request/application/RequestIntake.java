package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.shared.persistence.Causes;
import id.go.kpu.eppid.shared.persistence.TransactionRetry;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;

/**
 * Registers a request from any channel (REQ-1, REQ-2, REQ-7, CON-1, CON-2): the online form, the API and, later,
 * the front desk and letter intake all come through here, so every request gets the same validation, numbering,
 * deadline and audit trail. Submitting the same form twice registers it once.
 */
@ApplicationScoped
public class RequestIntake {

    /** MySQL's and MariaDB's error for a duplicate unique key. */
    static final int DUPLICATE_KEY = 1062;
    /** The unique key of a request's submission key (V2). */
    static final String SUBMISSION_KEY = "uq_request_submission";

    @Inject
    private RequestRegistration registration;

    @Inject
    private TransactionRetry retry;

    /**
     * Validates and registers. Throws {@link InvalidInputException} listing every problem (nothing is stored then).
     * A transaction that loses a database deadlock is tried again.
     *
     * @param actor who registers it: {@link RequestEvent#APPLICANT} online, the staff username at the desk
     */
    public Receipt submit(IntakeCommand cmd, List<AcceptedFile> files, String actor) {
        return retry.run(() -> registration.register(cmd, files, actor, DeskIntake.ONLINE),
                RequestIntake::isSubmittedMeanwhile);
    }

    /**
     * Registers what staff took in at the desk or by letter, with how the ID was checked and the record it came from
     * (linked in the same transaction). Throws {@link InvalidInputException} like {@link #submit}.
     */
    public Receipt submitAtDesk(IntakeCommand cmd, List<AcceptedFile> files, String actor, DeskIntake desk) {
        return retry.run(() -> registration.register(cmd, files, actor, desk), RequestIntake::isSubmittedMeanwhile);
    }

    /**
     * True when the attempt failed on the unique submission key: the same form, sent twice at the same moment, was
     * registered by the other copy while this one was being written. The next attempt finds that request.
     */
    static boolean isSubmittedMeanwhile(Throwable failure) {
        return Causes.any(failure, t -> t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY
                && sql.getMessage() != null && sql.getMessage().contains(SUBMISSION_KEY));
    }
}
