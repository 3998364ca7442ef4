package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.primefaces.PrimeFaces;

/** Adds bundle-backed messages to the current Faces request. */
public final class Faces {

    private Faces() {
    }

    /**
     * The bundle in the user's language: the one chosen with the language switch (the view's locale is not yet set
     * during a view action), else the view's, else the request's.
     */
    public static Messages messages() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{localeBean.locale}", Locale.class);
        if (chosen != null) {
            return Messages.of(chosen);
        }
        return Messages.of(faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : faces.getExternalContext().getRequestLocale());
    }

    /** An error message from a bundle key, on a component (client id) or global when {@code clientId} is null. */
    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** Shows each problem next to its field ({@code formPrefix} + field), or globally when it names no field. */
    public static void show(InvalidInputException e, String formPrefix) {
        show(e, formPrefix, null);
    }

    /**
     * As {@link #show(InvalidInputException, String)}, a problem without a field going to {@code otherwise}. An ajax
     * form is scrolled to its first field with a problem, label and all: on a phone the button that sent it is far
     * below.
     */
    public static void show(InvalidInputException e, String formPrefix, String otherwise) {
        e.problems().forEach(p -> error(p.field() == null ? otherwise : formPrefix + p.field(), p.key(), p.args()));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            e.problems().stream().filter(p -> p.field() != null).map(p -> formPrefix + p.field())
                    .filter(id -> id.matches("[\\w:-]+") && exists(faces, id)).findFirst()
                    .ifPresent(id -> PrimeFaces.current().executeScript("(function(e){if(e){(e.closest('.field')||e)"
                            + ".scrollIntoView({block:'start'});}})(document.getElementById('" + id + "'));"));
        }
    }

    private static boolean exists(FacesContext faces, String clientId) {
        try {
            return faces.getViewRoot().findComponent(clientId) != null;
        } catch (IllegalArgumentException e) {
            return false; // a part of the id that is no naming container
        }
    }

    /** A whole-number request parameter (e.g. the {@code ?id=} of a detail page), or null when absent or not one. */
    public static Long longParam(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Answers 404 (for a record of another office, whose existence is not revealed) and ends the response. */
    public static void notFound() {
        sendError(404);
    }

    /** Answers 403 (a role that may not use this page) and ends the response. */
    public static void forbidden() {
        sendError(403);
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = messages().get(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
