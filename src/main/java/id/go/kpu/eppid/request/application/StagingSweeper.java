package id.go.kpu.eppid.request.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/** Once an hour, deletes staged uploads older than a day: files of forms that were never submitted. */
@Singleton
public class StagingSweeper {

    private static final System.Logger LOG = System.getLogger(StagingSweeper.class.getName());
    static final Duration KEEP = Duration.ofDays(1);

    @Inject
    private RequestUploads uploads;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void sweep() {
        int deleted = uploads.sweepStaging(KEEP);
        if (deleted > 0) {
            LOG.log(System.Logger.Level.INFO, "Deleted {0} staged uploads of forms never submitted", deleted);
        }
    }
}
