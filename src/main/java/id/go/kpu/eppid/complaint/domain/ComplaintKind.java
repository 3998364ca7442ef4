package id.go.kpu.eppid.complaint.domain;

/** REQ-9: what the public writes to the Chair about the service. */
public enum ComplaintKind {
    /** Pengaduan. */
    COMPLAINT,
    /** Saran. */
    SUGGESTION,
    /** Apresiasi. */
    APPRECIATION
}
