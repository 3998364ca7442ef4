package id.go.kpu.eppid.request.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the processing workflow, each allowed only from the states listed (see {@link RequestStatus}).
 * {@link #COMPLETE} returns to the state the request left when it was marked incomplete.
 */
public enum RequestTransition {
    /** REQ-4/REQ-5: the Chair or Secretary disposes the request to an official (written or oral). */
    DISPOSE(EnumSet.of(RequestStatus.RECEIVED, RequestStatus.DISPOSED, RequestStatus.IN_ANALYSIS), RequestStatus.DISPOSED),
    /** REQ-4: the assigned official reads the request and disposition and starts identifying it. */
    START_ANALYSIS(EnumSet.of(RequestStatus.DISPOSED), RequestStatus.IN_ANALYSIS),
    /** REQ-4: a meeting or interview with the division is needed. */
    CONSULT_DIVISION(EnumSet.of(RequestStatus.IN_ANALYSIS, RequestStatus.EXTENDED), RequestStatus.CONSULTING_DIVISION),
    /** The division has answered; analysis goes on. */
    RESUME_ANALYSIS(EnumSet.of(RequestStatus.CONSULTING_DIVISION), RequestStatus.IN_ANALYSIS),
    /** LAW-1: the deadline is extended once, with a written reason. */
    EXTEND(EnumSet.of(RequestStatus.IN_ANALYSIS, RequestStatus.CONSULTING_DIVISION), RequestStatus.EXTENDED),
    /** REQ-6: the information is classified and the outcome decided. */
    DECIDE(EnumSet.of(RequestStatus.IN_ANALYSIS, RequestStatus.CONSULTING_DIVISION, RequestStatus.EXTENDED),
            RequestStatus.DECIDED),
    /** REQ-4 steps 11/13: the outcome (letter and/or data) is handed over. */
    DELIVER(EnumSet.of(RequestStatus.DECIDED), RequestStatus.DELIVERED),
    CLOSE(EnumSet.of(RequestStatus.DELIVERED), RequestStatus.CLOSED),
    /** The applicant is asked to complete the request; the clock pauses. */
    MARK_INCOMPLETE(EnumSet.of(RequestStatus.RECEIVED, RequestStatus.DISPOSED, RequestStatus.IN_ANALYSIS,
            RequestStatus.CONSULTING_DIVISION, RequestStatus.EXTENDED), RequestStatus.INCOMPLETE),
    /** The applicant completed it; back to where it was. */
    COMPLETE(EnumSet.of(RequestStatus.INCOMPLETE), null),
    WITHDRAW(EnumSet.complementOf(EnumSet.of(RequestStatus.DELIVERED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN)),
            RequestStatus.WITHDRAWN);

    private final Set<RequestStatus> from;
    private final RequestStatus to;

    RequestTransition(Set<RequestStatus> from, RequestStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    /** The state it leads to; for {@link #COMPLETE} the state before the request was marked incomplete. */
    public RequestStatus target(RequestStatus resumeTo) {
        return to != null ? to : resumeTo;
    }

    /** The transitions allowed from {@code status}. */
    public static Set<RequestTransition> from(RequestStatus status) {
        Set<RequestTransition> allowed = EnumSet.noneOf(RequestTransition.class);
        for (RequestTransition t : values()) {
            if (t.allowedFrom(status)) {
                allowed.add(t);
            }
        }
        return allowed;
    }
}
