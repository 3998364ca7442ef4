package id.go.kpu.eppid.deadline.domain;

/** How a deadline regime counts: whole working days, or service hours only. */
public enum RegimeClock {
    WORKING_DAYS, SERVICE_HOURS
}
