package id.go.kpu.eppid.request.application;

/**
 * The front-desk record a request was registered from (a guest-book entry, an incoming letter, a queue ticket, a
 * telephone or social-media contact). The feature that owns the record links it to the new request when it observes
 * {@link RequestRegistered}, in the same transaction.
 */
public record IntakeOrigin(Type type, long id) {

    public enum Type {
        GUEST_ENTRY, LETTER, QUEUE_TICKET, CONTACT
    }
}
