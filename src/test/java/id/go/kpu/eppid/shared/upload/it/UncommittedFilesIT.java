package id.go.kpu.eppid.shared.upload.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import id.go.kpu.eppid.shared.upload.UncommittedFiles;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, faults: a file kept in a transaction that did not commit is deleted only once the database, asked after
 * the grace period, names it nowhere; one the database names (a commit that reached it although the portal saw it
 * fail, as when the connection is cut during the commit) stays.
 */
@ExtendWith(ArquillianExtension.class)
class UncommittedFilesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    PortalFiles portalFiles;
    @Inject
    UncommittedFiles uncommitted;
    @Inject
    SampleRequests samples;
    @Resource
    UserTransaction transaction;
    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource database;

    @Test
    void aFileOfARolledBackTransactionIsDeletedAfterTheGracePeriod() throws Exception {
        transaction.begin();
        FileDetails kept = portalFiles.keep("dokumen".getBytes(StandardCharsets.UTF_8), "catatan.txt", "text/plain");
        transaction.rollback();

        assertTrue(portalFiles.files().exists(kept.getStoredName()), "not deleted at once: the commit may have landed");
        assertTrue(uncommitted.isWaiting(kept.getStoredName()));
        uncommitted.sweep();
        assertTrue(portalFiles.files().exists(kept.getStoredName()), "still within the grace period");
        assertTrue(uncommitted.sweepOlderThan(Duration.ZERO) >= 1);
        assertFalse(portalFiles.files().exists(kept.getStoredName()), "named nowhere: deleted");
    }

    @Test
    void aFileTheDatabaseNamesIsKeptThoughItsTransactionSeemedToFail() throws Exception {
        long request = samples.submit(RequestKind.INFORMATION);
        String scan;
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select stored_name from request_file where request_id = ? and file_kind = 'ID_SCAN'")) {
            s.setLong(1, request);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                scan = rs.getString(1);
            }
        }
        // what the portal sees when the connection is lost during a commit the database did write
        transaction.begin();
        uncommitted.keepOnCommit(portalFiles.files(), scan, () -> { });
        transaction.rollback();

        assertTrue(uncommitted.isWaiting(scan));
        uncommitted.sweepOlderThan(Duration.ZERO);
        assertFalse(uncommitted.isWaiting(scan), "looked up");
        assertTrue(portalFiles.files().exists(scan), "the request's ID scan is kept");
    }
}
