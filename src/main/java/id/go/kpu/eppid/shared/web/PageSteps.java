package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.util.function.Supplier;

/**
 * Runs a step a user takes on a detail page: on success the page reloads (post-redirect-get) with a message kept
 * across the redirect; refused input stays in the form with each problem at its field.
 */
public final class PageSteps {

    private PageSteps() {
    }

    /**
     * Runs {@code step}; what it returns (if not null) is the argument of the message {@code doneKey}.
     *
     * @param formPrefix the client-id prefix of the form's fields, e.g. {@code "an:"}
     * @param panelId where problems without a field and the message go (null: the page's global messages)
     * @param outcome where to go on success, e.g. {@code "/staff/request?faces-redirect=true&id=7"}
     * @return {@code outcome}, or null to stay on the page with the problems shown
     */
    public static String run(Supplier<?> step, String doneKey, String formPrefix, String panelId, String outcome) {
        Object result;
        try {
            result = step.get();
        } catch (InvalidInputException e) {
            Faces.show(e, formPrefix, panelId);
            return null;
        }
        if (result == null) {
            Faces.info(panelId, doneKey);
        } else {
            Faces.info(panelId, doneKey, result);
        }
        Faces.keepMessages();
        return outcome;
    }
}
