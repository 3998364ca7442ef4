package id.go.kpu.eppid.helpdesk.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/** HD-3: every minute, reads the helpdesk mailboxes that are due (hourly by default). */
@Singleton
public class HelpdeskMailPoller {

    @Inject
    private HelpdeskInbox inbox;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void readDue() {
        inbox.readDue(Instant.now());
    }
}
