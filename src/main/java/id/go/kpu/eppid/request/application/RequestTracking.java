package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.domain.TrackingCode;
import id.go.kpu.eppid.shared.security.FailedAttempts;
import id.go.kpu.eppid.shared.security.TooManyAttemptsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Looks a request up by registration number and tracking code for the applicant. */
@ApplicationScoped
public class RequestTracking {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.tracking.maxFailures", defaultValue = "10")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.tracking.windowMinutes", defaultValue = "15")
    private int windowMinutes;

    private FailedAttempts failures;

    @PostConstruct
    void init() {
        failures = new FailedAttempts(maxFailures, Duration.ofMinutes(windowMinutes));
    }

    /**
     * The request's public view, when the number exists and the code matches; empty otherwise (either way, so a
     * wrong code tells nothing about the number). A client whose lookups failed {@code portal.tracking.maxFailures}
     * times within {@code portal.tracking.windowMinutes} is refused until an attempt comes back.
     *
     * @param client the client's address ({@code ClientAddress})
     * @throws TooManyAttemptsException when the client must wait
     */
    public Optional<TrackingView> find(String number, String code, String client) {
        Duration wait = failures.waitFor(client);
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
        Optional<TrackingView> found = find(number, code);
        if (found.isEmpty()) {
            failures.fail(client);
        }
        return found;
    }

    private Optional<TrackingView> find(String number, String code) {
        Optional<RegistrationNumber> parsed = RegistrationNumber.parse(number);
        if (parsed.isEmpty() || code == null || code.isBlank()) {
            return Optional.empty();
        }
        // plain columns, not the request entity with its texts (P4 of issue 8: a lookup is one row and its history);
        // the number is unique, and no setMaxResults: EclipseLink would prepare the query's SQL again on every call
        List<Object[]> found = em.createQuery("select r.id, r.registrationNumber, r.kind, o.name, o.timeZone, "
                        + "r.status, r.receivedAt, r.dueAt, r.dueTrace, r.trackingCodeHash from ServiceRequest r "
                        + "join r.office o where r.registrationNumber = :n", Object[].class)
                .setParameter("n", parsed.get().toString())
                .getResultList();
        if (found.isEmpty()) {
            TrackingCode.matches(code, TrackingCode.hash("")); // same work whether or not the number exists
            return Optional.empty();
        }
        Object[] r = found.get(0);
        if (!TrackingCode.matches(code, (String) r[9])) {
            return Optional.empty();
        }
        var history = em.createQuery("select e.occurredAt, e.toStatus from RequestEvent e where e.request.id = :r "
                        + "and e.toStatus is not null order by e.id", Object[].class)
                .setParameter("r", r[0])
                .getResultStream()
                .map(e -> new TrackingView.Step((Instant) e[0], (RequestStatus) e[1]))
                .toList();
        return Optional.of(new TrackingView((Long) r[0], (String) r[1], (RequestKind) r[2], (String) r[3],
                (String) r[4], (RequestStatus) r[5], (Instant) r[6], (Instant) r[7], history, (String) r[8]));
    }

    /** The receipt of a request just tracked with {@code code}, which the applicant proved to know (for the PDF). */
    public Receipt receipt(TrackingView tracked, String code) {
        return RequestRegistration.receipt(em.find(ServiceRequest.class, tracked.requestId()),
                code.trim().toUpperCase(java.util.Locale.ROOT), false);
    }
}
