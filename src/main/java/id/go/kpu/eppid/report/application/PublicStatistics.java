package id.go.kpu.eppid.report.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public statistics of an office (LAW-4 transparency): its {@link ServiceReports annual report} figures — for a
 * province and KPU RI rolled up with the offices below — which hold no personal data. A figure page is computed at
 * most every {@value #MINUTES} minutes per office and year, so a busy public page does not read the whole register
 * at every visit.
 */
@ApplicationScoped
public class PublicStatistics {

    static final int MINUTES = 10;

    @Inject
    private ServiceReports reports;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Instant at, ServiceReports.Report report) {
    }

    /** Whether the office's public figures include the offices below it. */
    public static boolean rolledUp(Office office) {
        return office.getLevel() == OfficeLevel.NATIONAL || office.getLevel() == OfficeLevel.PROVINCE;
    }

    /** The office's figures for {@code year}. */
    public ServiceReports.Report of(Office office, int year) {
        String key = office.getId() + ":" + year;
        Instant now = clock.instant();
        Cached c = cache.get(key);
        if (c == null || c.at().isBefore(now.minus(Duration.ofMinutes(MINUTES)))) {
            c = new Cached(now, reports.of(office, rolledUp(office), year));
            cache.put(key, c);
        }
        return c.report();
    }
}
