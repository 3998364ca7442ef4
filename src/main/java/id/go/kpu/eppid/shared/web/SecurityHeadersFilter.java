package id.go.kpu.eppid.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the browser's security headers on every response (OWASP secure headers, ASVS V14.4): a Content Security
 * Policy, no framing by other sites, no content sniffing, no referrer beyond the portal, no powerful browser features,
 * and {@code no-store} on staff pages and the API (personal data must not stay in shared caches or the back button of
 * a front-desk computer).
 *
 * <p>The policy set here is the strict one of a response that is not a page ({@link #NON_PAGE_POLICY}: JSON, PDF,
 * downloads). A page rendered by Faces gets PrimeFaces' policy instead: {@code primefaces.CSP} is on, with
 * {@code primefaces.CSP_POLICY} in web.xml, and PrimeFaces appends the page's own script nonce; its header replaces the
 * one set here rather than adding a second (two policies would both apply).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy of everything that is not a rendered page: nothing may load or run, nothing may frame it. */
    public static final String NON_PAGE_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                    + "form-action 'none'";

    private static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value); // the page's policy replaces the default one
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /**
     * Sets the headers on a response. Also for responses made before any filter runs: the authentication
     * mechanism's redirect to the login page and its 401s.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, NON_PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/staff/") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
