package id.go.kpu.eppid.consultation.domain;

/** CON-3: a delegation to a structural official waits for the consulted official's (or the Chair's) decision. */
public enum DelegationStatus {
    REQUESTED, APPROVED, REFUSED
}
