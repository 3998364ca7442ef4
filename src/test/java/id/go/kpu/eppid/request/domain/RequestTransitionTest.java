package id.go.kpu.eppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The processing state machine (REQ-4 … REQ-8, LAW-1): legal paths pass, illegal moves are refused. */
class RequestTransitionTest {

    @Test
    void theMainPathRunsFromReceivedToClosed() {
        RequestStatus s = RequestStatus.RECEIVED;
        for (RequestTransition t : new RequestTransition[] {RequestTransition.DISPOSE, RequestTransition.START_ANALYSIS,
                RequestTransition.CONSULT_DIVISION, RequestTransition.RESUME_ANALYSIS, RequestTransition.EXTEND,
                RequestTransition.DECIDE, RequestTransition.DELIVER, RequestTransition.CLOSE}) {
            assertTrue(t.allowedFrom(s), t + " from " + s);
            s = t.target(null);
        }
        assertEquals(RequestStatus.CLOSED, s);
        assertTrue(RequestTransition.from(RequestStatus.CLOSED).isEmpty(), "nothing after closed");
        assertTrue(RequestTransition.from(RequestStatus.WITHDRAWN).isEmpty(), "nothing after withdrawn");
    }

    @Test
    void illegalMovesAreRefused() {
        assertFalse(RequestTransition.START_ANALYSIS.allowedFrom(RequestStatus.RECEIVED), "analysis needs a disposition");
        assertFalse(RequestTransition.DECIDE.allowedFrom(RequestStatus.DISPOSED));
        assertFalse(RequestTransition.DELIVER.allowedFrom(RequestStatus.IN_ANALYSIS));
        assertFalse(RequestTransition.EXTEND.allowedFrom(RequestStatus.EXTENDED), "LAW-1: extended once only");
        assertFalse(RequestTransition.WITHDRAW.allowedFrom(RequestStatus.DELIVERED));
        assertFalse(RequestTransition.DISPOSE.allowedFrom(RequestStatus.DECIDED), "no re-disposition after a decision");
        assertEquals(EnumSet.of(RequestTransition.DELIVER, RequestTransition.WITHDRAW),
                RequestTransition.from(RequestStatus.DECIDED));
    }

    @Test
    void incompletePausesAndReturnsToTheStateItLeft() {
        assertEquals(RequestStatus.IN_ANALYSIS, RequestTransition.COMPLETE.target(RequestStatus.IN_ANALYSIS));
        assertEquals(RequestStatus.INCOMPLETE, RequestTransition.MARK_INCOMPLETE.target(null));
        assertEquals(EnumSet.of(RequestTransition.COMPLETE, RequestTransition.WITHDRAW),
                RequestTransition.from(RequestStatus.INCOMPLETE));
    }
}
