package id.go.kpu.eppid.shared.persistence;

/**
 * Names of the portal's one datasource. It is defined by {@link DatabaseMigration} (an application component, as
 * {@code @DataSourceDefinition} requires) with URL, user and password from MicroProfile Config:
 * {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER} and {@code PORTAL_DB_PASSWORD} override the defaults.
 */
public final class PortalDataSource {

    /** JNDI name of the datasource; persistence.xml and the migration use it. */
    public static final String JNDI_NAME = "java:app/jdbc/portal";

    private PortalDataSource() {
    }
}
