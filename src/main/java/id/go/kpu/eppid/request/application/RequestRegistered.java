package id.go.kpu.eppid.request.application;

/**
 * Fired synchronously inside the registering transaction once a request is stored and numbered, whatever its
 * channel. Observers (the guest book, letter intake, the queue) link their record named by {@code origin}; if one
 * fails, nothing is registered.
 */
public record RequestRegistered(long requestId, long officeId, String registrationNumber, IntakeOrigin origin,
        String actor) {
}
