package id.go.kpu.eppid.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema with Flyway before anything else touches the database. Migrations live in the top-level
 * {@code db/migration} folder; with {@code portal.demo.enabled} the demo offices in {@code db/demo} are applied too.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            // a connection is checked (a ping) at most once in 2 s, not at every use: each query outside a
            // transaction takes a connection, so a lookup pinged as often as it queried (issue 8, P2 and P4). After a
            // database restart a connection checked in the last 2 s may still fail once; that answers 503 "send
            // again" (DatabaseUnavailable) and the pool drops it.
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            // Connector/J parses every statement's text again unless it caches it: a quarter of a submission's CPU
            // (issue 8, P1). The insert and select of a request are longer than the default 256 characters.
            "cachePrepStmts=true",
            "prepStmtCacheSize=250",
            "prepStmtCacheSqlLimit=4096",
            // not useServerPrepStmts: MariaDB 10.11 answers a server-prepared statement run again with no rows where
            // it has some: the step-times query (derived tables and correlated subqueries, StepTimes.forRequest) after
            // an office set its own standard (StandardsIT; reproduced by hand with PREPARE/EXECUTE, issue 8)
            // the driver tracks auto-commit and isolation itself instead of asking the server at each transaction
            "useLocalSessionState=true",
            // batched inserts and updates (the due-date recompute) go as one multi-row statement
            "rewriteBatchedStatements=true",
            // no list of every open statement on the connection: EclipseLink 4.0.7 leaves the inserts whose generated
            // keys it read open (persistence.xml), which the list would keep for the connection's whole life
            "dontTrackOpenResources=true",
            // Connector/J 8.1+ opens an OpenTelemetry span for every statement when the API is on the class path, as
            // in Payara; the portal exports no traces (1.5 % of a tracking lookup, issue 8, P4)
            "openTelemetry=DISABLED"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    private boolean demoEnabled;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoEnabled) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.log(System.Logger.Level.INFO, "Database schema at version {0} ({1} migrations applied)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }
}
