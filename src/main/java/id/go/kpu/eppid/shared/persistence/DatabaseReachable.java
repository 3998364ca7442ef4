package id.go.kpu.eppid.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the database answers, for operators and load balancers (issue 8, faults): the readiness check
 * {@code database} at {@code /health/ready} is DOWN while the portal answers requests with 503 "send again"
 * ({@link DatabaseUnavailable}).
 *
 * <p>It opens a connection of its own with a short time limit instead of borrowing one from the pool: while the
 * database is out of reach the pool waits up to a minute for a connection, and a pool busy under load is not an
 * outage. The answer is kept for a few seconds and one check runs at a time, so polling {@code /health/ready} (which
 * anyone can reach) never opens more than one connection at once. The answer holds no host, user or error text.
 */
@Readiness
@ApplicationScoped
public class DatabaseReachable implements HealthCheck {

    static final String NAME = "database";
    static final int TIMEOUT_MILLIS = 2_000;
    static final long KEEP_NANOS = 2_000_000_000L;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "portal.db.user")
    private String user;

    @Inject
    @ConfigProperty(name = "portal.db.password")
    private String password;

    public DatabaseReachable() {
        // for CDI
    }

    DatabaseReachable(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private record Answer(long atNanos, boolean up, long millis) {
    }

    private final AtomicReference<Answer> last = new AtomicReference<>();
    private final ReentrantLock checking = new ReentrantLock();

    @Override
    public HealthCheckResponse call() {
        Answer a = answer(System.nanoTime());
        return new HealthCheckResponse(NAME, a.up() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                a.up() ? Optional.of(Map.of("responseMs", a.millis())) : Optional.empty());
    }

    private Answer answer(long now) {
        Answer known = last.get();
        if (known != null && now - known.atNanos() < KEEP_NANOS) {
            return known;
        }
        if (known == null) {
            checking.lock(); // the first check: everyone waits for it
        } else if (!checking.tryLock()) {
            return known; // another caller is checking right now: the last answer stands until it is done
        }
        try {
            Answer latest = last.get();
            if (latest != known) {
                return latest; // checked while this caller waited
            }
            Answer fresh = check();
            last.set(fresh);
            return fresh;
        } finally {
            checking.unlock();
        }
    }

    private Answer check() {
        long start = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", String.valueOf(TIMEOUT_MILLIS));
        p.setProperty("socketTimeout", String.valueOf(TIMEOUT_MILLIS));
        boolean up;
        try (Connection c = new com.mysql.cj.jdbc.Driver().connect(url, p)) {
            up = c != null && c.isValid(TIMEOUT_MILLIS / 1000);
        } catch (SQLException e) {
            up = false;
        }
        long end = System.nanoTime();
        return new Answer(end, up, (end - start) / 1_000_000);
    }
}
