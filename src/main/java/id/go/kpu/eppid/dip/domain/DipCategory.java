package id.go.kpu.eppid.dip.domain;

/** The four kinds of public information of an office's list (DIP, UU 14/2008 Pasal 9–11 and 17). */
public enum DipCategory {
    /** Pasal 9: published periodically (at least every six months). */
    PERIODIC,
    /** Pasal 10: announced immediately (threats to life and public order). */
    IMMEDIATE,
    /** Pasal 11: available at any time, on request. */
    ANY_TIME,
    /** Pasal 17: excepted, with its category and consequence test. */
    EXCEPTED
}
