package id.go.kpu.eppid.request.domain;

/**
 * How the applicant's identity document was checked (REQ-2, REQ-3): a scan or copy is on file, or at the front desk
 * the document was only shown to the officer (who is recorded) and no copy kept.
 */
public enum IdCheck {
    SCANNED, SHOWN
}
