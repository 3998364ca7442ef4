package id.go.kpu.eppid.report.application;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.report.domain.ServiceFigures;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.persistence.IdList;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import id.go.kpu.eppid.survey.application.SatisfactionIndexes;
import id.go.kpu.eppid.survey.domain.SatisfactionIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LAW-4, REQ-10: the yearly service report of an office — or rolled up for a province with its regencies and cities,
 * or nationally — computed from the registered information requests of that year (by registration year), their
 * decisions, the objections filed that year, and the satisfaction surveys answered that year. Any past year can be
 * reproduced: nothing is stored, everything is read from the records.
 */
@ApplicationScoped
public class ServiceReports {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private OfficeDirectory offices;
    @Inject
    private Calendars calendars;
    @Inject
    private SatisfactionIndexes satisfaction;

    /** A report: whose, which year, its figures and its satisfaction index. */
    public record Report(Office office, boolean rolledUp, int officeCount, int year, ServiceFigures figures,
            SatisfactionIndex ikm) {
    }

    /** The report of {@code office} (with the offices below it when {@code rollUp}) for {@code year}. */
    public Report of(Office office, boolean rollUp, int year) {
        List<Long> ids = rollUp ? offices.subtree(office) : List.of(office.getId());
        String in = IdList.of(ids);
        Map<Long, OfficeCalendar> cals = new HashMap<>();
        Map<Long, List<String>> categories = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT DISTINCT i.request_id, i.category_code FROM requested_item i "
                + "JOIN service_request r ON r.id = i.request_id WHERE r.office_id IN (" + in + ") AND r.reg_year = ? "
                + "AND r.kind = 'INFORMATION' AND i.category_code IS NOT NULL AND i.classification = 'EXCEPTED'")
                .setParameter(1, year).getResultList()) {
            Object[] r = (Object[]) row;
            categories.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(String.valueOf(r[1]));
        }
        List<ServiceFigures.RequestRow> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT r.id, r.office_id, r.channel, r.status, r.received_at, r.due_at, "
                + "r.extension_days, a.outcome, a.decided_at FROM service_request r "
                + "LEFT JOIN request_analysis a ON a.request_id = r.id AND a.decided_at IS NOT NULL "
                + "WHERE r.office_id IN (" + in + ") AND r.reg_year = ? AND r.kind = 'INFORMATION'")
                .setParameter(1, year).getResultList()) {
            Object[] r = (Object[]) row;
            long officeId = ((Number) r[1]).longValue();
            OfficeCalendar cal = cals.computeIfAbsent(officeId, id -> calendars.of(offices.findById(id).orElseThrow(),
                    ServiceKind.INFORMATION));
            ZoneId zone = cal.zone();
            Instant received = InstantConverter.instant(r[4]);
            Instant due = InstantConverter.instant(r[5]);
            Instant decided = InstantConverter.instant(r[8]);
            DecisionOutcome outcome = r[7] == null || decided == null ? null : DecisionOutcome.valueOf((String) r[7]);
            LocalDate receivedDay = received.atZone(zone).toLocalDate();
            Integer days = outcome == null ? null : cal.workingDaysBetween(receivedDay,
                    decided.atZone(zone).toLocalDate());
            rows.add(new ServiceFigures.RequestRow(receivedDay.getMonthValue(), Channel.valueOf((String) r[2]),
                    outcome, RequestStatus.WITHDRAWN.name().equals(r[3]), days,
                    outcome != null && !decided.isAfter(due), ((Number) r[6]).intValue() > 0,
                    outcome == DecisionOutcome.REFUSED || outcome == DecisionOutcome.PARTIALLY_GRANTED
                            ? categories.getOrDefault(((Number) r[0]).longValue(), List.of()) : List.of()));
        }
        List<ServiceFigures.ObjectionRow> objections = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT decision, dispute_outcome FROM objection "
                + "WHERE office_id IN (" + in + ") AND obj_year = ?").setParameter(1, year).getResultList()) {
            Object[] r = (Object[]) row;
            objections.add(new ServiceFigures.ObjectionRow(r[0] == null ? null : ObjectionDecision.valueOf((String) r[0]),
                    r[1] == null ? null : DisputeOutcome.valueOf((String) r[1])));
        }
        ZoneId zone = office.getZone();
        SatisfactionIndex ikm = satisfaction.of(ids, null, LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        return new Report(office, rollUp, ids.size(), year, ServiceFigures.of(rows, objections), ikm);
    }
}
