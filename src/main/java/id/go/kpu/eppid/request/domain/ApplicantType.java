package id.go.kpu.eppid.request.domain;

/** Who asks (REQ-2): a person or a body. */
public enum ApplicantType {
    INDIVIDUAL, INSTITUTION, NGO, MASS_ORGANISATION, POLITICAL_PARTY, PUBLIC_BODY;

    /**
     * A body rather than a person: it gives the institution's name and attaches a request letter from its head
     * (REQ-3, seed 004 A.1.2).
     */
    public boolean isBody() {
        return this != INDIVIDUAL;
    }
}
