package id.go.kpu.eppid.queue.application;

import id.go.kpu.eppid.queue.domain.QueueService;
import java.util.Set;

/** A desk of the office, who holds it and the ticket it has called or serves (null when free). */
public record DeskView(long id, String name, Set<QueueService> services, String staffUsername,
        TicketView current) {

    public boolean isStaffed() {
        return staffUsername != null;
    }
}
