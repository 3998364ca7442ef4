package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.persistence.DatabaseUnavailable;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * A form sent while the database is out of reach (issue 8, faults) stays on its page with everything typed and every
 * file attached, and says to send it again: nothing of it was stored (its transaction rolled back), and a form sent
 * again registers once (its submission key). The status is 503 with {@code Retry-After}; an ajax form keeps 200, as
 * PrimeFaces applies only a successful partial response, and gets its message components updated and scrolled to.
 * <p>
 * Only failures before the page is rendered are handled here; a page that cannot be rendered, and any other servlet,
 * get the 503 page from {@link DatabaseOutageFilter}. Any other failure goes to the default handler.
 */
public class DatabaseOutageHandler extends ExceptionHandlerWrapper {

    private static final System.Logger LOG = System.getLogger(DatabaseOutageHandler.class.getName());

    public DatabaseOutageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean kept = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            ExceptionQueuedEventContext event = events.next().getContext();
            if (faces != null && faces.isPostback() && faces.getViewRoot() != null
                    && event.getPhaseId() != PhaseId.RENDER_RESPONSE
                    && DatabaseUnavailable.causedBy(event.getException())) {
                events.remove();
                if (!kept) {
                    kept = true;
                    LOG.log(System.Logger.Level.WARNING, "Form {0} kept, database out of reach: {1}",
                            faces.getViewRoot().getViewId(), event.getException().toString());
                }
            }
        }
        if (kept) {
            keepTheForm(faces);
        }
        getWrapped().handle();
    }

    private static void keepTheForm(FacesContext faces) {
        Faces.error(null, "error.unavailable.form");
        if (faces.getPartialViewContext().isAjaxRequest()) {
            List<String> messages = new ArrayList<>();
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                if (component instanceof UIMessages) {
                    messages.add(component.getClientId(faces));
                }
                return VisitResult.ACCEPT;
            });
            PrimeFaces.current().ajax().update(messages);
            if (!messages.isEmpty()) {
                PrimeFaces.current().scrollTo(messages.get(0)); // the button that sent it is further down
            }
        } else {
            faces.getExternalContext().setResponseStatus(503);
            faces.getExternalContext().setResponseHeader("Retry-After",
                    String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        faces.renderResponse();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseOutageHandler(getWrapped().getExceptionHandler());
        }
    }
}
