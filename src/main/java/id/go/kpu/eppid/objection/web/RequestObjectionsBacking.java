package id.go.kpu.eppid.objection.web;

import id.go.kpu.eppid.objection.application.Objections;
import id.go.kpu.eppid.objection.domain.Objection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The objections against a request, for its staff page (LAW-3). */
@Named
@RequestScoped
public class RequestObjectionsBacking {

    @Inject
    private Objections objections;

    private List<Objection> loaded;

    /** The objections against the request (the page's office-scoped request), oldest first. */
    public List<Objection> of(long requestId) {
        if (loaded == null) {
            loaded = objections.of(requestId);
        }
        return loaded;
    }
}
