package id.go.kpu.eppid.shared.upload;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every 20 seconds, a round of {@link UncommittedFiles#sweep}, after settling the files of a run that ended without a
 * stop while there are any ({@link UncommittedFiles#settleCrashedRun}).
 */
@Singleton
public class UncommittedFileSweeper {

    @Inject
    private UncommittedFiles files;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        files.settleCrashedRun();
        files.sweep();
    }
}
