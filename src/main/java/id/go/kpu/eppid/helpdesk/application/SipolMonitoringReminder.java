package id.go.kpu.eppid.helpdesk.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;

/** HD-11: every minute, reminds the officers on duty when an office's 08:00 or 17:00 monitoring moment has come. */
@Singleton
public class SipolMonitoringReminder {

    @Inject
    private SipolMonitoring monitoring;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void remind() {
        monitoring.remindDue(Instant.now());
    }
}
