package id.go.kpu.eppid.shared.web;

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
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * A form sent during an {@link Outage} — the database out of reach, the upload disk full (issue 8, faults) — stays on
 * its page with everything typed and every file attached, and says to send it again: nothing of it was stored (its
 * transaction rolled back, or the file was refused before it was written), and a form sent again registers once (its
 * submission key). The status is 503 with {@code Retry-After}; an ajax form (an upload too) keeps 200, as PrimeFaces
 * applies only a successful partial response, and gets its message components updated and scrolled to.
 * <p>
 * Only failures before the page is rendered are handled here; a page that cannot be rendered, and any other servlet,
 * get the 503 page from {@link OutageFilter}. Any other failure goes to the default handler.
 */
public class OutageHandler extends ExceptionHandlerWrapper {

    private static final System.Logger LOG = System.getLogger(OutageHandler.class.getName());

    public OutageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Outage kept = null;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            ExceptionQueuedEventContext event = events.next().getContext();
            Optional<Outage> outage = faces != null && faces.isPostback() && faces.getViewRoot() != null
                    && event.getPhaseId() != PhaseId.RENDER_RESPONSE ? Outage.of(event.getException())
                    : Optional.empty();
            if (outage.isPresent()) {
                events.remove();
                if (kept == null) {
                    kept = outage.get();
                    LOG.log(System.Logger.Level.WARNING, "Form {0} kept, {1}: {2}", faces.getViewRoot().getViewId(),
                            kept.logLabel(), event.getException().toString());
                }
            }
        }
        if (kept != null) {
            keepTheForm(faces, kept);
        }
        getWrapped().handle();
    }

    private static void keepTheForm(FacesContext faces, Outage outage) {
        Faces.error(null, outage.formKey());
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
            faces.getExternalContext().setResponseHeader("Retry-After", String.valueOf(outage.retryAfterSeconds()));
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
            return new OutageHandler(getWrapped().getExceptionHandler());
        }
    }
}
