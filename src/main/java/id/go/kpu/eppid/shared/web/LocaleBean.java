package id.go.kpu.eppid.shared.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The visitor's language: Bahasa Indonesia by default, English by the switch in the page header. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and reloads the current page with its query string (GET, so nothing is resubmitted). */
    public void switchTo(String language) throws IOException {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        String query = request.getQueryString();
        faces.getExternalContext().redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
