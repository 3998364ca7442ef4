package id.go.kpu.eppid.shared.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The free space of the upload folder's disk, for operators (issue 8, faults): the readiness check
 * {@code upload-storage} at {@code /health/ready} is DOWN while uploads are refused (less free than
 * {@code portal.upload.minFreeMb}), and the log warns once an hour while less than twice that is left, before uploads
 * are refused. Never a path in either.
 */
@Readiness
@ApplicationScoped
public class UploadSpace implements HealthCheck {

    static final String NAME = "upload-storage";
    private static final System.Logger LOG = System.getLogger(UploadSpace.class.getName());
    private static final long WARN_EVERY_NANOS = 3_600_000_000_000L;

    @Inject
    private PortalFiles files;

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @Override
    public HealthCheckResponse call() {
        FileStore store = files.staging();
        long usable = store.usableBytes();
        return HealthCheckResponse.named(NAME)
                .status(usable >= store.minFreeBytes())
                .withData("freeMb", usable / FileStore.MB)
                .withData("minFreeMb", store.minFreeBytes() / FileStore.MB)
                .build();
    }

    /** Logs a warning (at most once an hour) while the disk has less than twice the space kept free. */
    public void warnIfLow() {
        FileStore store = files.staging();
        long usable = store.usableBytes();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (usable < 2 * store.minFreeBytes() && now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.log(System.Logger.Level.WARNING, "The upload folder''s disk has {0} MB free; below {1} MB (setting "
                    + "portal.upload.minFreeMb) uploads and forms with files are refused with \"send again later\"",
                    usable / FileStore.MB, store.minFreeBytes() / FileStore.MB);
        }
    }
}
