package id.go.kpu.eppid.processing.web;

import id.go.kpu.eppid.request.domain.IllegalTransitionException;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;

/**
 * Runs a step an official takes on a request page: on success the page reloads with the new state and a message;
 * refused input stays in the form with each problem at its field; an illegal move says which move from which state.
 */
final class RequestSteps {

    private RequestSteps() {
    }

    static String run(Runnable step, String doneKey, String formPrefix, Long requestId) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            Faces.show(e, formPrefix);
            return null;
        } catch (IllegalTransitionException e) {
            Faces.error(null, "workflow.illegal", Faces.messages().label(e.transition()),
                    Faces.messages().label(e.from()));
            return null;
        }
        Faces.info(null, doneKey);
        Faces.keepMessages();
        return "/staff/request?faces-redirect=true&id=" + requestId;
    }
}
