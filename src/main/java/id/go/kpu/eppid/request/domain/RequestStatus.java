package id.go.kpu.eppid.request.domain;

/**
 * Where a request stands in its processing (REQ-4 … REQ-8, CON-1 … CON-4, LAW-1). The moves between them are the
 * {@link RequestTransition}s; the diagram is on the staff help page {@code /staff/help/workflow.xhtml}.
 *
 * <pre>
 *   RECEIVED ──dispose──▶ DISPOSED ──start analysis──▶ IN_ANALYSIS ──decide──▶ DECIDED ──deliver──▶ DELIVERED ──close──▶ CLOSED
 *                            ▲  │                        │   ▲  │
 *               re-dispose ──┘  │       consult division │   │  │ extend (LAW-1, once, ≤ 7 working days)
 *                               │                        ▼   │  ▼
 *                               │            CONSULTING_DIVISION  EXTENDED ──decide──▶ DECIDED
 *   any open state ──ask to complete──▶ INCOMPLETE (clock paused) ──completed──▶ the state it left
 *   any open state ──withdraw──▶ WITHDRAWN
 * </pre>
 */
public enum RequestStatus {
    RECEIVED, DISPOSED, IN_ANALYSIS, CONSULTING_DIVISION, EXTENDED, INCOMPLETE, DECIDED, DELIVERED, CLOSED, WITHDRAWN;

    /** Closed or withdrawn: nothing more happens. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN;
    }

    /** Still being worked on (the deadline runs, except while incomplete). */
    public boolean isOpen() {
        return !isFinal() && this != DELIVERED;
    }
}
