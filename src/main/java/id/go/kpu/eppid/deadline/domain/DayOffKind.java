package id.go.kpu.eppid.deadline.domain;

/** Why a weekday is not a working day (REQ-8): a national holiday, collective leave, or the office's own closure. */
public enum DayOffKind {
    /** Hari libur nasional, by the government's joint decree (SKB). */
    NATIONAL_HOLIDAY,
    /** Cuti bersama, by the same decree. */
    COLLECTIVE_LEAVE,
    /** The office is closed, e.g. a regional holiday. */
    OFFICE_CLOSURE
}
