package id.go.kpu.eppid.demo;

import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code portal.demo.enabled}, gives KPU Kota Kupang last year's requests once ({@link YearOfRequests}, a fixed
 * seed), so the annual report, the register, the IKM and the public statistics have a year to show.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoHistory {

    private static final System.Logger LOG = System.getLogger(DemoHistory.class.getName());
    static final int REQUESTS = 300;
    static final long SEED = 5371L;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    private boolean demoEnabled;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void build() {
        if (!demoEnabled) {
            return;
        }
        int year = LocalDate.now(ZoneId.of("Asia/Makassar")).getYear() - 1;
        try (Connection c = dataSource.getConnection()) {
            long office;
            try (PreparedStatement s = c.prepareStatement("SELECT o.id, (SELECT COUNT(*) FROM service_request r "
                    + "WHERE r.office_id = o.id AND r.reg_year = ?) FROM office o WHERE o.code = ?")) {
                s.setInt(1, year);
                s.setString(2, DemoAccounts.FULL_OFFICE);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || r.getInt(2) > 0) {
                        return;
                    }
                    office = r.getLong(1);
                }
            }
            YearOfRequests.Counts counts = YearOfRequests.build(c, office, year, REQUESTS, SEED);
            LOG.log(System.Logger.Level.INFO, "Demo: {0} requests of {1} built for KPU Kota Kupang (IKM {2})",
                    counts.received(), String.valueOf(year), counts.ikm().index());
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Demo history not built: {0}", e.getMessage());
        }
    }
}
