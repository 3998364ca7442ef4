package id.go.kpu.eppid.standards.application;

import static id.go.kpu.eppid.shared.persistence.InstantConverter.utc;

import id.go.kpu.eppid.shared.persistence.InstantConverter;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.application.DeadlinePolicy;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.standards.domain.DeadlineRules;
import id.go.kpu.eppid.standards.domain.TrafficLight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff dashboard's counts of open requests by traffic light (on time, due within 2 working days of the office's
 * calendar, overdue) per official and per deadline regime and kind, and the drill-down to the requests. Counted and
 * paged in the database. The Chair, the Secretary and an administrator see every official of their office; anyone
 * else sees the requests assigned to them.
 */
@ApplicationScoped
public class DeadlineDashboard {

    /** Requests whose clock runs: not decided, delivered, closed, withdrawn, nor paused as incomplete. */
    public static final Set<RequestStatus> RUNNING = DeadlinePolicy.RUNNING;

    /** Roles that see the whole office on the dashboard. */
    public static final Set<Role> OFFICE_WIDE = EnumSet.of(Role.CHAIR, Role.SECRETARY, Role.ADMIN);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Calendars calendars;

    /** Whether {@code staff} sees every official of the office (else only their own requests). */
    public boolean seesOffice(StaffAccount staff) {
        return staff.hasAnyRole(OFFICE_WIDE);
    }

    /** The traffic lights as of {@code now}. */
    public LightBoard lights(StaffAccount staff, Instant now) {
        OfficeCalendar calendar = calendars.of(staff.getOffice(), ServiceKind.INFORMATION);
        Instant soon = DeadlineRules.soonLimit(now, calendar);
        Query q = em.createNativeQuery("SELECT r.assignee_id, r.kind, g.code, g.name_id, g.name_en, "
                + "SUM(CASE WHEN r.due_at >= ?3 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.due_at > ?2 AND r.due_at < ?3 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.due_at <= ?2 THEN 1 ELSE 0 END) "
                + "FROM service_request r LEFT JOIN deadline_regime g ON g.id = r.regime_id "
                + "WHERE r.office_id = ?1 AND r.status IN (" + statusList() + ")"
                + (seesOffice(staff) ? "" : " AND r.assignee_id = ?4")
                + " GROUP BY r.assignee_id, r.kind, g.code, g.name_id, g.name_en");
        q.setParameter(1, staff.getOffice().getId()).setParameter(2, utc(now)).setParameter(3, utc(soon));
        if (!seesOffice(staff)) {
            q.setParameter(4, staff.getId());
        }
        Map<String, LightCount> byOfficial = new LinkedHashMap<>();
        Map<String, LightCount> byRegime = new LinkedHashMap<>();
        long onTime = 0;
        long dueSoon = 0;
        long overdue = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<Long, String> names = names(rows.stream().filter(r -> r[0] != null)
                .map(r -> ((Number) r[0]).longValue()).collect(Collectors.toSet()));
        for (Object[] r : rows) {
            long official = r[0] == null ? 0 : ((Number) r[0]).longValue();
            long a = ((Number) r[5]).longValue();
            long b = ((Number) r[6]).longValue();
            long c = ((Number) r[7]).longValue();
            onTime += a;
            dueSoon += b;
            overdue += c;
            byOfficial.merge(String.valueOf(official), new LightCount(String.valueOf(official),
                    official == 0 ? null : names.getOrDefault(official, "?"), null, null, null, null, a, b, c),
                    (x, y) -> x.plus(y.onTime(), y.dueSoon(), y.overdue()));
            String regime = r[2] == null ? "" : (String) r[2];
            String key = r[1] + ":" + regime;
            byRegime.merge(key, new LightCount(key, null, RequestKind.valueOf((String) r[1]), regime, (String) r[3], (String) r[4], a, b,
                    c), (x, y) -> x.plus(y.onTime(), y.dueSoon(), y.overdue()));
        }
        List<LightCount> officials = new ArrayList<>(byOfficial.values());
        officials.sort((x, y) -> x.label() == null ? 1 : y.label() == null ? -1 : x.label().compareTo(y.label()));
        List<LightCount> regimes = new ArrayList<>(byRegime.values());
        regimes.sort((x, y) -> x.key().compareTo(y.key()));
        return new LightBoard(now, soon, onTime, dueSoon, overdue, officials, regimes);
    }

    /** One page of the open requests the filter matches, soonest due first. */
    public List<OpenRequestRow> open(StaffAccount staff, OpenRequestFilter filter, Instant now, int first,
            int size) {
        Instant soon = DeadlineRules.soonLimit(now, calendars.of(staff.getOffice(), ServiceKind.INFORMATION));
        Query q = em.createNativeQuery("SELECT r.id, r.registration_number, r.kind, r.status, s.full_name, g.code, "
                + "r.due_at FROM service_request r LEFT JOIN staff_account s ON s.id = r.assignee_id "
                + "LEFT JOIN deadline_regime g ON g.id = r.regime_id " + where(staff, filter)
                + " ORDER BY r.due_at, r.id LIMIT ?9 OFFSET ?10");
        bind(q, staff, filter, now, soon);
        q.setParameter(9, Math.max(1, Math.min(size, 100))).setParameter(10, Math.max(0, first));
        List<OpenRequestRow> list = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            Instant due = InstantConverter.instant(r[6]);
            list.add(new OpenRequestRow(((Number) r[0]).longValue(), (String) r[1], RequestKind.valueOf((String) r[2]),
                    RequestStatus.valueOf((String) r[3]), (String) r[4], (String) r[5], due,
                    DeadlineRules.light(now, due, soon)));
        }
        return list;
    }

    /** How many open requests the filter matches. */
    public long countOpen(StaffAccount staff, OpenRequestFilter filter, Instant now) {
        Instant soon = DeadlineRules.soonLimit(now, calendars.of(staff.getOffice(), ServiceKind.INFORMATION));
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM service_request r "
                + "LEFT JOIN deadline_regime g ON g.id = r.regime_id " + where(staff, filter));
        bind(q, staff, filter, now, soon);
        return ((Number) q.getSingleResult()).longValue();
    }

    private String where(StaffAccount staff, OpenRequestFilter f) {
        StringBuilder w = new StringBuilder("WHERE r.office_id = ?1 AND r.status IN (" + statusList() + ")");
        if (!seesOffice(staff)) {
            w.append(" AND r.assignee_id = ?4");
        } else if (f.officialId() != null) {
            w.append(f.officialId() == 0 ? " AND r.assignee_id IS NULL" : " AND r.assignee_id = ?5");
        }
        if (f.light() == TrafficLight.OVERDUE) {
            w.append(" AND r.due_at <= ?2");
        } else if (f.light() == TrafficLight.DUE_SOON) {
            w.append(" AND r.due_at > ?2 AND r.due_at < ?3");
        } else if (f.light() == TrafficLight.ON_TIME) {
            w.append(" AND r.due_at >= ?3");
        }
        if (f.kind() != null) {
            w.append(" AND r.kind = ?6");
        }
        if (f.regimeCode() != null) {
            w.append(f.regimeCode().isEmpty() ? " AND g.code IS NULL" : " AND g.code = ?7");
        }
        return w.toString();
    }

    private void bind(Query q, StaffAccount staff, OpenRequestFilter f, Instant now, Instant soon) {
        q.setParameter(1, staff.getOffice().getId());
        if (f.light() != null) {
            q.setParameter(2, utc(now));
            if (f.light() != TrafficLight.OVERDUE) {
                q.setParameter(3, utc(soon));
            }
        }
        if (!seesOffice(staff)) {
            q.setParameter(4, staff.getId());
        } else if (f.officialId() != null && f.officialId() != 0) {
            q.setParameter(5, f.officialId());
        }
        if (f.kind() != null) {
            q.setParameter(6, f.kind());
        }
        if (f.regimeCode() != null && !f.regimeCode().isEmpty()) {
            q.setParameter(7, f.regimeCode());
        }
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select s.id, s.fullName from StaffAccount s where s.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return names;
    }

    private static String statusList() {
        return RUNNING.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

}
