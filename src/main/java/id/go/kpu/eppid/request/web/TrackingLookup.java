package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.RequestTracking;
import id.go.kpu.eppid.request.application.TrackingView;
import id.go.kpu.eppid.shared.security.TooManyAttemptsException;
import id.go.kpu.eppid.shared.web.ClientAddress;
import id.go.kpu.eppid.shared.web.Faces;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** A public page's lookup by registration number and tracking code (the tracking and objection pages). */
public final class TrackingLookup {

    private TrackingLookup() {
    }

    /**
     * Finds the request; when there is none with that number and code, or the visitor tried too many wrong codes,
     * says so on the page and returns null.
     */
    public static TrackingView find(RequestTracking tracking, String number, String code) {
        HttpServletRequest request =
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            TrackingView view = tracking.find(number, code, ClientAddress.of(request)).orElse(null);
            if (view == null) {
                Faces.error(null, "track.notFound");
            }
            return view;
        } catch (TooManyAttemptsException e) {
            Faces.error(null, "track.tooMany", e.minutes());
            return null;
        }
    }
}
