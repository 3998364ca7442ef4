package id.go.kpu.eppid.report.application;

import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.delivery.domain.HandOverMethod;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import id.go.kpu.eppid.shared.report.RegisterDocument;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * LAW-4: the register of information requests (buku register permohonan) of an office for a period, with the
 * columns the regulations list — number, date, applicant's name, address, contact and occupation, the information
 * requested and its purpose, channel, who holds it, the form asked for, the decision (granted, partly, refused with
 * the Pasal 17 categories, not held), the date of the written notice, how it was delivered, and the working days
 * taken — as Excel or PDF. The applicant's contact is only in the register of staff who may see it.
 */
@ApplicationScoped
public class RequestRegister {

    private static final float[] WIDTHS = {10f, 7f, 9f, 10f, 8f, 7f, 12f, 8f, 6f, 8f, 6f, 9f, 7f, 8f, 5f};

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Calendars calendars;

    /**
     * The register of the office for requests received on {@code from} … {@code to} (office dates), in the language
     * of {@code m}; {@code withContact} shows phone and e-mail (else a dash).
     */
    public RegisterDocument document(Office office, LocalDate from, LocalDate to, boolean withContact, Messages m) {
        ZoneId zone = office.getZone();
        OfficeCalendar cal = calendars.of(office, ServiceKind.INFORMATION);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, TreeSet<String>> categories = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT i.request_id, i.category_code FROM requested_item i "
                + "JOIN service_request r ON r.id = i.request_id WHERE r.office_id = ? AND r.received_at >= ? "
                + "AND r.received_at < ? AND r.kind = 'INFORMATION' AND i.classification = 'EXCEPTED' "
                + "AND i.category_code IS NOT NULL").setParameter(1, office.getId())
                .setParameter(2, InstantConverter.utc(start)).setParameter(3, InstantConverter.utc(end))
                .getResultList()) {
            Object[] r = (Object[]) row;
            categories.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeSet<>()).add(String.valueOf(r[1]));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT r.id, r.registration_number, r.received_at, a.name, "
                + "a.institution_name, a.address, a.phone, a.email, a.occupation, r.subject, r.purpose, r.channel, "
                + "an.holder_body, r.obtain_method, an.outcome, r.status, an.decided_at, "
                + "(SELECT MIN(l.approved_at) FROM outgoing_letter l WHERE l.request_id = r.id AND l.status = 'APPROVED' "
                + "AND l.letter_type IN ('ACCEPTANCE', 'PARTIAL_GRANT', 'REFUSAL', 'NOT_HELD')), "
                + "(SELECT h.method FROM hand_over h WHERE h.request_id = r.id ORDER BY h.handed_at LIMIT 1), "
                + "(SELECT MIN(h.handed_at) FROM hand_over h WHERE h.request_id = r.id) "
                + "FROM service_request r JOIN applicant a ON a.id = r.applicant_id "
                + "LEFT JOIN request_analysis an ON an.request_id = r.id "
                + "WHERE r.office_id = ? AND r.received_at >= ? AND r.received_at < ? AND r.kind = 'INFORMATION' "
                + "ORDER BY r.reg_year, r.reg_seq").setParameter(1, office.getId())
                .setParameter(2, InstantConverter.utc(start)).setParameter(3, InstantConverter.utc(end))
                .getResultList()) {
            Object[] r = (Object[]) row;
            Instant received = InstantConverter.instant(r[2]);
            Instant decided = r[16] == null || r[14] == null ? null : InstantConverter.instant(r[16]);
            Instant notice = r[17] != null ? InstantConverter.instant(r[17]) : decided;
            DecisionOutcome outcome = decided == null ? null : DecisionOutcome.valueOf((String) r[14]);
            List<Object> line = new ArrayList<>();
            line.add(r[1]);
            line.add(OfficeDateFormat.date(received.atZone(zone), m.locale()));
            line.add(r[4] == null ? r[3] : r[3] + " (" + r[4] + ")");
            line.add(r[5]);
            line.add(withContact ? r[6] + (r[7] == null ? "" : ", " + r[7]) : "—");
            line.add(r[8] == null ? "" : r[8]);
            line.add(r[9]);
            line.add(r[10]);
            line.add(m.label(Channel.valueOf((String) r[11])));
            line.add(outcome == DecisionOutcome.NOT_HELD && r[12] != null ? r[12] : office.getName());
            line.add(r[13] == null ? "" : m.label(ObtainMethod.valueOf((String) r[13])));
            line.add(outcome == null ? m.label(RequestStatus.valueOf((String) r[15]))
                    : m.label(outcome) + refused(categories.get(((Number) r[0]).longValue()), outcome, m));
            line.add(notice == null ? "" : OfficeDateFormat.date(notice.atZone(zone), m.locale()));
            line.add(r[18] == null ? "" : m.label(HandOverMethod.valueOf((String) r[18])) + ", "
                    + OfficeDateFormat.date(InstantConverter.instant(r[19]).atZone(zone), m.locale()));
            line.add(notice == null ? "" : cal.workingDaysBetween(received.atZone(zone).toLocalDate(),
                    notice.atZone(zone).toLocalDate()));
            rows.add(line);
        }
        return new RegisterDocument(m.get("register.title"), m.get("register.intro", office.getName(),
                OfficeDateFormat.date(from.atStartOfDay(zone), m.locale()),
                OfficeDateFormat.date(to.atStartOfDay(zone), m.locale()), rows.size()), m.get("register.footer"),
                WIDTHS, headers(m), rows);
    }

    private static String refused(TreeSet<String> codes, DecisionOutcome outcome, Messages m) {
        if (codes == null || !(outcome == DecisionOutcome.REFUSED || outcome == DecisionOutcome.PARTIALLY_GRANTED)) {
            return "";
        }
        return " (" + String.join(", ", codes.stream().map(c -> m.get("report.category", c)).toList()) + ")";
    }

    static List<String> headers(Messages m) {
        List<String> h = new ArrayList<>();
        for (String key : List.of("number", "date", "name", "address", "contact", "occupation", "information",
                "purpose", "channel", "holder", "form", "decision", "notice", "delivery", "days")) {
            h.add(m.get("register.col." + key));
        }
        return h;
    }
}
