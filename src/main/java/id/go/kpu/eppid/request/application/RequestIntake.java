package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.shared.persistence.TransactionRetry;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Registers a request from any channel (REQ-1, REQ-2, REQ-7, CON-1, CON-2): the online form, the API and, later,
 * the front desk and letter intake all come through here, so every request gets the same validation, numbering,
 * deadline and audit trail. Submitting the same form twice registers it once.
 */
@ApplicationScoped
public class RequestIntake {

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
        return retry.run(() -> registration.register(cmd, files, actor, DeskIntake.ONLINE));
    }

    /**
     * Registers what staff took in at the desk or by letter, with how the ID was checked and the record it came from
     * (linked in the same transaction). Throws {@link InvalidInputException} like {@link #submit}.
     */
    public Receipt submitAtDesk(IntakeCommand cmd, List<AcceptedFile> files, String actor, DeskIntake desk) {
        return retry.run(() -> registration.register(cmd, files, actor, desk));
    }
}
