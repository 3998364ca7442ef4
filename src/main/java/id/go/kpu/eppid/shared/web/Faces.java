package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds bundle-backed messages to the current Faces request. */
public final class Faces {

    private Faces() {
    }

    /** The bundle in the current view's language. */
    public static Messages messages() {
        FacesContext faces = FacesContext.getCurrentInstance();
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

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = messages().get(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
