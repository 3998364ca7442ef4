package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.domain.IllegalTransitionException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import java.util.function.Supplier;

/**
 * Runs a step an official takes in a panel of the request page (actions, analysis, letters, hand-over,
 * consultation): on success the page
 * reloads with the new state, history and a message; refused input stays in the form with each problem at its field;
 * an illegal move says which move from which state.
 */
public final class RequestPageSteps {

    private RequestPageSteps() {
    }

    /** Runs {@code step}; the message {@code doneKey} takes no argument. */
    public static String run(Runnable step, String doneKey, String formPrefix, Long requestId) {
        return run(step, doneKey, formPrefix, requestId, null);
    }

    /** As {@link #run(Runnable, String, String, Long)}, messages without a field shown at {@code panelId}. */
    public static String run(Runnable step, String doneKey, String formPrefix, Long requestId, String panelId) {
        return run(() -> {
            step.run();
            return null;
        }, doneKey, formPrefix, requestId, panelId);
    }

    /** Runs {@code step}; what it returns (if not null) is the argument of the message {@code doneKey}. */
    public static String run(Supplier<?> step, String doneKey, String formPrefix, Long requestId) {
        return run(step, doneKey, formPrefix, requestId, null);
    }

    private static String run(Supplier<?> step, String doneKey, String formPrefix, Long requestId, String panelId) {
        try {
            return PageSteps.run(step, doneKey, formPrefix, panelId, "/staff/request?faces-redirect=true&id=" + requestId);
        } catch (IllegalTransitionException e) {
            Faces.error(panelId, "workflow.illegal", Faces.messages().label(e.transition()),
                    Faces.messages().label(e.from()));
            return null;
        }
    }
}
