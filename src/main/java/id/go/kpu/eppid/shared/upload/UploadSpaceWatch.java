package id.go.kpu.eppid.shared.upload;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

/** Every minute, {@link UploadSpace#warnIfLow}. */
@Singleton
public class UploadSpaceWatch {

    @Inject
    @Readiness // the check's qualifier: it is no @Default bean
    private UploadSpace space;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void watch() {
        space.warnIfLow();
    }
}
