package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.domain.TrackingCode;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import id.go.kpu.eppid.shared.security.FailedAttempts;
import id.go.kpu.eppid.shared.security.TooManyAttemptsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Comparator;
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

    /**
     * A lookup is one statement on one pooled connection (P4 of issue 8: two queries took two connections, the largest
     * share of a lookup after the container's own work): the request's plain columns, not the entity with its texts,
     * with one row per status change. No ORDER BY: with the text column the server would sort in a temporary table
     * on disk; the few steps are put in order here. The number is unique.
     */
    private static final String LOOKUP = "SELECT r.id, r.registration_number, r.kind, o.name, o.time_zone, r.status, "
            + "r.received_at, r.due_at, r.due_trace, r.tracking_code_hash, e.id, e.occurred_at, e.to_status "
            + "FROM service_request r JOIN office o ON o.id = r.office_id "
            + "LEFT JOIN request_event e ON e.request_id = r.id AND e.to_status IS NOT NULL "
            + "WHERE r.registration_number = ?";

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LOOKUP).setParameter(1, parsed.get().toString()).getResultList();
        if (rows.isEmpty()) {
            TrackingCode.matches(code, TrackingCode.hash("")); // same work whether or not the number exists
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        if (!TrackingCode.matches(code, (String) r[9])) {
            return Optional.empty();
        }
        List<TrackingView.Step> history = rows.stream()
                .filter(e -> e[10] != null)
                .sorted(Comparator.comparingLong(e -> ((Number) e[10]).longValue()))
                .map(e -> new TrackingView.Step(InstantConverter.instant(e[11]), RequestStatus.valueOf((String) e[12])))
                .toList();
        return Optional.of(new TrackingView(((Number) r[0]).longValue(), (String) r[1],
                RequestKind.valueOf((String) r[2]), (String) r[3], (String) r[4], RequestStatus.valueOf((String) r[5]),
                InstantConverter.instant(r[6]), InstantConverter.instant(r[7]), history, (String) r[8]));
    }

    /** The receipt of a request just tracked with {@code code}, which the applicant proved to know (for the PDF). */
    public Receipt receipt(TrackingView tracked, String code) {
        return RequestRegistration.receipt(em.find(ServiceRequest.class, tracked.requestId()),
                code.trim().toUpperCase(java.util.Locale.ROOT), false);
    }
}
