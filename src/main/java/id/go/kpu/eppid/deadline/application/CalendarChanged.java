package id.go.kpu.eppid.deadline.application;

import java.time.LocalDate;

/**
 * Fired (CDI, inside the changing transaction) when days off or service hours change: for one office, or for every
 * office ({@code officeId} null, a national day off). Open requests' due dates are recomputed from it.
 *
 * @param from the earliest day the change touches (a day off added or deleted, the first of an import): a due date
 *             before it was computed without looking at that day and cannot move. Null when every day may count
 *             differently (service hours).
 */
public record CalendarChanged(Long officeId, LocalDate from, String actor, String what) {
}
