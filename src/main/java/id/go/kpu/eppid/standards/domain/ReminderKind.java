package id.go.kpu.eppid.standards.domain;

/** The deadline reminders of a request: 2 and 1 working days before its due date, and when it has passed. */
public enum ReminderKind {
    D2, D1, D0
}
