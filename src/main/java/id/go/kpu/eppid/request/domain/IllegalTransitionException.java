package id.go.kpu.eppid.request.domain;

/** A workflow move that is not allowed from the request's current state; pages show it in the user's language. */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RequestTransition transition;
    private final RequestStatus from;

    public IllegalTransitionException(RequestTransition transition, RequestStatus from) {
        super(transition + " is not allowed from " + from);
        this.transition = transition;
        this.from = from;
    }

    public RequestTransition transition() {
        return transition;
    }

    public RequestStatus from() {
        return from;
    }
}
