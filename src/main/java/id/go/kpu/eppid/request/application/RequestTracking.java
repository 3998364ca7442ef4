package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestEvent;
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
        Optional<ServiceRequest> found = em.createQuery(
                        "select r from ServiceRequest r join fetch r.office where r.registrationNumber = :n",
                        ServiceRequest.class)
                .setParameter("n", parsed.get().toString())
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            TrackingCode.matches(code, TrackingCode.hash("")); // same work whether or not the number exists
            return Optional.empty();
        }
        ServiceRequest r = found.get();
        if (!TrackingCode.matches(code, r.getTrackingCodeHash())) {
            return Optional.empty();
        }
        var history = em.createQuery("select e from RequestEvent e where e.request = :r and e.toStatus is not null "
                        + "order by e.id", RequestEvent.class)
                .setParameter("r", r)
                .getResultStream()
                .map(e -> new TrackingView.Step(e.getOccurredAt(), e.getToStatus()))
                .toList();
        return Optional.of(new TrackingView(r.getId(), r.getRegistrationNumber(), r.getKind(),
                r.getOffice().getName(), r.getOffice().getTimeZone(), r.getStatus(), r.getReceivedAt(),
                r.getDueAt(), history, r.getDueTrace()));
    }

    /** The receipt of a request just tracked with {@code code}, which the applicant proved to know (for the PDF). */
    public Receipt receipt(TrackingView tracked, String code) {
        return RequestRegistration.receipt(em.find(ServiceRequest.class, tracked.requestId()),
                code.trim().toUpperCase(java.util.Locale.ROOT), false);
    }
}
