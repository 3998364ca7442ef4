package id.go.kpu.eppid.staff.web;

import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.StaffLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backs login.xhtml and the logout link. */
@Named
@RequestScoped
public class LoginBacking {

    private static final String DEFAULT_TARGET = "/staff/home.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private StaffLogin staffLogin;

    @Inject
    private FacesContext facesContext;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password)));
        switch (status) {
            case SUCCESS -> {
                ((HttpServletRequest) external.getRequest()).changeSessionId(); // no session fixation (ASVS 3.2.1)
                external.getFlash().setKeepMessages(true);
                external.redirect(external.getRequestContextPath() + safeTarget(next));
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                String key = username != null && staffLogin.isLocked(username.trim())
                        ? "login.locked" : "login.failed";
                Faces.error(null, key);
            }
        }
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /** Only back into the staff area: never an open redirect to elsewhere. */
    static String safeTarget(String next) {
        if (next == null || !next.startsWith("/staff/") || next.contains("//") || next.contains("\\")) {
            return DEFAULT_TARGET;
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
