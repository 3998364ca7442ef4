package id.go.kpu.eppid.consultation.domain;

/**
 * Where a consultation session stands (CON-4: the consultation happens on the scheduled slot). A cancelled session
 * is kept; rescheduling is a cancellation plus a new session.
 */
public enum ConsultationStatus {
    SCHEDULED, HELD, CANCELLED
}
