/**
 * Processing a registered request to its outcome (REQ-4 … REQ-6, CON-1 … CON-4, ORG-3, LAW-1, LAW-2).
 *
 * <p>The workflow is the state machine of {@link id.go.kpu.eppid.request.domain.RequestStatus} and
 * {@link id.go.kpu.eppid.request.domain.RequestTransition}:
 * <pre>
 *   RECEIVED ──dispose──▶ DISPOSED ──start analysis──▶ IN_ANALYSIS ──decide──▶ DECIDED ──deliver──▶ DELIVERED ──▶ CLOSED
 *                  re-dispose ◀─┘            consult division ⇄ CONSULTING_DIVISION;  extend (LAW-1) ▶ EXTENDED ▶ decide
 *   any open state ──ask to complete──▶ INCOMPLETE (clock paused) ──completed──▶ back;   any open state ──▶ WITHDRAWN
 * </pre>
 * The Chair or the Secretary disposes a request to an official, in writing or orally (the receiving official records
 * an oral disposition); re-dispositions are chained. Only the assigned official, or the Chair or Secretary above them,
 * acts on the request next (ORG-3). Every move is a line of the request's history: who, when, from, to, why.
 */
package id.go.kpu.eppid.processing;
