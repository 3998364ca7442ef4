package id.go.kpu.eppid.objection.domain;

/**
 * LAW-3 (UU 14/2008 Pasal 36 ayat (2)): the written answer of the PPID's superior (atasan PPID) to an objection.
 */
public enum ObjectionDecision {
    /** The objection is rejected: the PPID's decision stands (menguatkan putusan PPID). */
    UPHELD,
    /** The objection is granted: the PPID is ordered to give the information (memerintahkan PPID memberikan informasi). */
    DISCLOSURE_ORDERED
}
