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
            // the page knows the step was refused (a folded form section stays open to show its problems)
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
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

    /** A step that takes an uploaded file (reading it may fail). */
    @FunctionalInterface
    public interface UploadStep {
        void run() throws java.io.IOException;
    }

    /**
     * Runs an upload step of a file-upload listener: a refused file is said at its field (or the form's problems'
     * fields), a failed read as "upload failed" at {@code field}; either way the page knows the step was refused.
     *
     * @return whether the step ran through
     */
    public static boolean upload(String formPrefix, String field, UploadStep step) {
        try {
            step.run();
            return true;
        } catch (InvalidInputException e) {
            Faces.show(e, formPrefix);
        } catch (java.io.IOException e) {
            Faces.error(formPrefix + field, "upload.failed");
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
