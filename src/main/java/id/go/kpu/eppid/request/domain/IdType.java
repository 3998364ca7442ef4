package id.go.kpu.eppid.request.domain;

/** The identity document an applicant shows (REQ-2): e-KTP (NIK), passport or another valid card. */
public enum IdType {
    NIK, PASSPORT, OTHER
}
