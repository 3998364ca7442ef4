package id.go.kpu.eppid.standards.application;

import static id.go.kpu.eppid.shared.persistence.InstantConverter.utc;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.standards.domain.StepProcess;
import id.go.kpu.eppid.standards.domain.StepStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the steps of an office's requests and queue tickets against the service-time standards (REQ-4, REQ-5,
 * HD-14). Nothing new is recorded: a request's step runs from the first history event that starts it to the first
 * later event that ends it (the marks in {@code service_step}), a queue ticket's from its own timestamps. The
 * durations are derived in SQL, one number per step and request of the period, and only those numbers are read; the
 * list of steps over standard is paged in the database. Walk-ins follow the walk-in route, every other channel the
 * letter route (seed 003).
 */
@ApplicationScoped
public class StepTimes {

    /** A step's column: the office's own row when it has one, else the national default. */
    private static String pick(String column) {
        return "CASE WHEN o.id IS NULL THEN n." + column + " ELSE o." + column + " END";
    }

    private static final String STEP_COLUMNS = "n.process AS process, n.code AS code, "
            + pick("standard_minutes") + " AS std, " + pick("start_action") + " AS sa, " + pick("start_status")
            + " AS ss, " + pick("end_action") + " AS ea, " + pick("end_status") + " AS es";

    /** Request steps: one row per request and timed step that has both its start and its end. */
    private static String requestDurations(String requestFilter) {
        return "SELECT x.process, x.code, x.std, x.request_id, x.reference, e.actor AS official, "
                + "TIMESTAMPDIFF(SECOND, s.occurred_at, e.occurred_at) AS secs FROM ("
                + "SELECT st.*, (SELECT MIN(e1.id) FROM request_event e1 WHERE e1.request_id = st.request_id "
                + "AND e1.action = st.sa AND (st.ss IS NULL OR e1.to_status = st.ss)) AS start_id FROM ("
                + "SELECT " + STEP_COLUMNS + ", r.id AS request_id, r.registration_number AS reference "
                + "FROM service_request r "
                + "JOIN service_step n ON n.office_id IS NULL AND n.process = "
                + "CASE WHEN r.channel = 'WALK_IN' THEN 'WALK_IN' ELSE 'REQUEST_LETTER' END "
                + "LEFT JOIN service_step o ON o.office_id = r.office_id AND o.process = n.process AND o.code = n.code "
                + "WHERE " + requestFilter + ") st WHERE st.sa IS NOT NULL AND st.ea IS NOT NULL) x "
                + "JOIN request_event s ON s.id = x.start_id "
                + "JOIN request_event e ON e.id = (SELECT MIN(e2.id) FROM request_event e2 "
                + "WHERE e2.request_id = x.request_id AND e2.id > x.start_id AND e2.action = x.ea "
                + "AND (x.es IS NULL OR e2.to_status = x.es))";
    }

    private static String mark(String column) {
        return "CASE " + column + " WHEN 'TICKET_ISSUED' THEN t.issued_at WHEN 'TICKET_CALLED' THEN t.first_called_at "
                + "WHEN 'TICKET_SERVING' THEN t.service_started_at WHEN 'TICKET_DONE' THEN t.service_ended_at END";
    }

    /** Queue steps: one row per ticket and step whose two timestamps are set. */
    private static final String TICKET_DURATIONS = "SELECT y.process, y.code, y.std, y.request_id, y.reference, "
            + "y.official, TIMESTAMPDIFF(SECOND, y.started, y.ended) AS secs FROM ("
            + "SELECT q.process, q.code, q.std, CAST(NULL AS SIGNED) AS request_id, q.reference, q.official, "
            + mark("q.sa") + " AS started, " + mark("q.ea") + " AS ended FROM ("
            + "SELECT " + STEP_COLUMNS + ", t.id AS ticket_id, t.number AS reference, t.served_by AS official "
            + "FROM queue_ticket t JOIN service_step n ON n.office_id IS NULL AND n.process = 'QUEUE' "
            + "LEFT JOIN service_step o ON o.office_id = t.office_id AND o.process = n.process AND o.code = n.code "
            + "WHERE t.office_id = ?1 AND t.issued_at >= ?2 AND t.issued_at < ?3) q "
            + "JOIN queue_ticket t ON t.id = q.ticket_id) y WHERE y.started IS NOT NULL AND y.ended IS NOT NULL";

    /** Every duration of an office's period: requests received and tickets issued in it. */
    private static final String PERIOD_DURATIONS = "(" + requestDurations(
            "r.office_id = ?1 AND r.received_at >= ?2 AND r.received_at < ?3") + " UNION ALL " + TICKET_DURATIONS
            + ") d";

    @PersistenceContext
    private EntityManager em;

    /** The office's steps and standards, national defaults overridden by the office's own rows, in SOP order. */
    public List<StepStandard> standards(Office office) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.process, n.code, n.position, "
                + pick("name_id") + ", " + pick("name_en") + ", " + pick("standard_minutes") + ", "
                + pick("start_action") + ", " + pick("end_action") + ", " + pick("source") + ", o.id, "
                + "n.standard_minutes FROM service_step n LEFT JOIN service_step o ON o.office_id = ?1 AND o.process = n.process "
                + "AND o.code = n.code WHERE n.office_id IS NULL ORDER BY n.process, n.position")
                .setParameter(1, office.getId()).getResultList();
        List<StepStandard> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(new StepStandard(StepProcess.valueOf((String) r[0]), (String) r[1], num(r[2]).intValue(),
                    (String) r[3], (String) r[4], num(r[5]).intValue(), r[6] != null && r[7] != null, (String) r[8],
                    r[9] != null, num(r[10]).intValue()));
        }
        list.sort((a, b) -> a.process() != b.process() ? a.process().compareTo(b.process())
                : Integer.compare(a.position(), b.position()));
        return list;
    }

    /**
     * Median, 90th percentile and share over standard of every timed step, for requests received and tickets issued
     * from {@code from} to {@code to} (office days, inclusive); {@code official} (a username) narrows it to the steps
     * that official ended, null for the whole office. Steps without any duration are listed with a count of 0.
     */
    public List<StepSummary> summary(Office office, LocalDate from, LocalDate to, String official) {
        Map<String, StepStandard> steps = timedSteps(office);
        Map<String, List<Long>> seconds = new LinkedHashMap<>();
        steps.keySet().forEach(k -> seconds.put(k, new ArrayList<>()));
        Query q = em.createNativeQuery("SELECT d.process, d.code, d.secs FROM " + PERIOD_DURATIONS
                + (official == null ? "" : " WHERE d.official = ?4"));
        period(q, office, from, to);
        if (official != null) {
            q.setParameter(4, official);
        }
        try (Stream<?> rows = q.getResultStream()) {
            rows.forEach(o -> {
                Object[] r = (Object[]) o;
                List<Long> list = seconds.get(r[0] + ":" + r[1]);
                if (list != null && r[2] != null) {
                    list.add(num(r[2]).longValue());
                }
            });
        }
        List<StepSummary> result = new ArrayList<>();
        seconds.forEach((k, v) -> result.add(new StepSummary(steps.get(k),
                StepStatistics.of(v, steps.get(k).standardMinutes()), official, null)));
        return result;
    }

    /** The same statistics per official (who ended the step), officials by username, steps in SOP order. */
    public List<StepSummary> byOfficial(Office office, LocalDate from, LocalDate to) {
        Map<String, StepStandard> steps = timedSteps(office);
        Map<String, Map<String, List<Long>>> byOfficial = new LinkedHashMap<>();
        Query q = em.createNativeQuery("SELECT d.official, d.process, d.code, d.secs FROM " + PERIOD_DURATIONS
                + " WHERE d.official IS NOT NULL ORDER BY d.official");
        period(q, office, from, to);
        try (Stream<?> rows = q.getResultStream()) {
            rows.forEach(o -> {
                Object[] r = (Object[]) o;
                if (steps.containsKey(r[1] + ":" + r[2]) && r[3] != null) {
                    byOfficial.computeIfAbsent((String) r[0], u -> new LinkedHashMap<>())
                            .computeIfAbsent(r[1] + ":" + r[2], k -> new ArrayList<>()).add(num(r[3]).longValue());
                }
            });
        }
        Map<String, String> names = names(byOfficial.keySet());
        List<StepSummary> result = new ArrayList<>();
        byOfficial.forEach((user, perStep) -> steps.forEach((k, step) -> {
            List<Long> v = perStep.get(k);
            if (v != null) {
                result.add(new StepSummary(step, StepStatistics.of(v, step.standardMinutes()), user,
                        names.getOrDefault(user, user)));
            }
        }));
        return result;
    }

    /** One page of the steps that ran over standard, longest first; {@code code} and {@code official} may be null. */
    public List<OverStandardRow> overStandard(Office office, LocalDate from, LocalDate to, String code,
            String official, int first, int size) {
        Query q = em.createNativeQuery("SELECT d.process, d.code, d.request_id, d.reference, d.official, d.secs, "
                + "d.std FROM " + PERIOD_DURATIONS + overWhere(code, official)
                + " ORDER BY d.secs DESC, d.reference LIMIT ?6 OFFSET ?7");
        period(q, office, from, to);
        q.setParameter(4, code == null ? "" : code).setParameter(5, official == null ? "" : official)
                .setParameter(6, Math.max(1, Math.min(size, 100))).setParameter(7, Math.max(0, first));
        List<OverStandardRow> list = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new OverStandardRow(StepProcess.valueOf((String) r[0]), (String) r[1],
                    r[2] == null ? null : num(r[2]).longValue(), (String) r[3], (String) r[4], num(r[5]).longValue(),
                    num(r[6]).intValue()));
        }
        return list;
    }

    /** How many steps ran over standard (for paging). */
    public long countOverStandard(Office office, LocalDate from, LocalDate to, String code, String official) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM " + PERIOD_DURATIONS + overWhere(code, official));
        period(q, office, from, to);
        q.setParameter(4, code == null ? "" : code).setParameter(5, official == null ? "" : official);
        return num(q.getSingleResult()).longValue();
    }

    /** The timed steps of one request so far, in the order their ends were recorded. */
    public List<StepDuration> forRequest(long requestId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.process, d.code, d.secs, d.std, d.official FROM ("
                + requestDurations("r.id = ?1") + ") d ORDER BY d.code").setParameter(1, requestId).getResultList();
        List<StepDuration> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(new StepDuration(StepProcess.valueOf((String) r[0]), (String) r[1], num(r[2]).longValue(),
                    num(r[3]).intValue(), (String) r[4]));
        }
        return list;
    }

    private static String overWhere(String code, String official) {
        return " WHERE d.secs > d.std * 60 AND (?4 = '' OR d.code = ?4) AND (?5 = '' OR d.official = ?5)";
    }

    private Map<String, StepStandard> timedSteps(Office office) {
        Map<String, StepStandard> steps = new LinkedHashMap<>();
        for (StepStandard s : standards(office)) {
            if (s.timed()) {
                steps.put(s.process() + ":" + s.code(), s);
            }
        }
        return steps;
    }

    private Map<String, String> names(java.util.Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        for (Object[] r : em.createQuery("select s.username, s.fullName from StaffAccount s "
                + "where s.username in :u", Object[].class).setParameter("u", usernames).getResultList()) {
            names.put((String) r[0], (String) r[1]);
        }
        return names;
    }

    private static void period(Query q, Office office, LocalDate from, LocalDate to) {
        q.setParameter(1, office.getId())
                .setParameter(2, utc(from.atStartOfDay(office.getZone()).toInstant()))
                .setParameter(3, utc(to.plusDays(1).atStartOfDay(office.getZone()).toInstant()));
    }


    static Number num(Object o) {
        return (Number) o;
    }
}
