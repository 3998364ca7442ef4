package id.go.kpu.eppid.standards.domain;

/** Where an open request stands against its due date, on the staff dashboard. */
public enum TrafficLight {
    /** More than 2 working days left. */
    ON_TIME,
    /** Due within 2 working days of the office's calendar. */
    DUE_SOON,
    /** The due instant has passed. */
    OVERDUE
}
