package id.go.kpu.eppid.deadline.domain;

/** The services whose hours an office sets per weekday (seed 001: the helpdesk's own hours, Monday–Sunday). */
public enum ServiceKind {
    INFORMATION, CONSULTATION, HELPDESK
}
