package id.go.kpu.eppid.deadline.application;

/**
 * Fired (CDI, inside the changing transaction) when days off or service hours change: for one office, or for every
 * office ({@code officeId} null, a national day off). Open requests' due dates are recomputed from it.
 */
public record CalendarChanged(Long officeId, String actor, String what) {
}
