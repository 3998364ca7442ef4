package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.persistence.TextSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officer worklist: one office's requests, filtered, sorted and paged in the database (indexes on office,
 * status and due/received date). The office always comes from the signed-in staff member.
 */
@ApplicationScoped
public class RequestWorklist {

    @PersistenceContext
    private EntityManager em;

    /** One page of rows. */
    public List<WorklistRow> page(Office office, WorklistQuery q, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(office, q, params);
        String order = (q.sort() == WorklistQuery.Sort.RECEIVED ? "r.receivedAt" : "r.dueAt")
                + (q.ascending() ? " asc" : " desc") + ", r.id" + (q.ascending() ? " asc" : " desc");
        TypedQuery<WorklistRow> query = em.createQuery("select new " + WorklistRow.class.getName()
                + "(r.id, r.registrationNumber, r.kind, r.channel, r.status, a.name, a.institutionName, "
                + "substring(r.subject, 1, " + WorklistRow.SUBJECT_PREVIEW + "), r.receivedAt, r.dueAt) "
                + "from ServiceRequest r join r.applicant a " + where + " order by " + order, WorklistRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList();
    }

    /** How many rows match. */
    public long count(Office office, WorklistQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(office, q, params);
        TypedQuery<Long> query = em.createQuery("select count(r) from ServiceRequest r " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Office office, WorklistQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("where r.office.id = :office");
        params.put("office", office.getId());
        if (q.kind() != null) {
            w.append(" and r.kind = :kind");
            params.put("kind", q.kind());
        }
        if (q.status() != null) {
            w.append(" and r.status = :status");
            params.put("status", q.status());
        }
        if (q.channel() != null) {
            w.append(" and r.channel = :channel");
            params.put("channel", q.channel());
        }
        if (q.from() != null) {
            w.append(" and r.receivedAt >= :from");
            params.put("from", q.from().atStartOfDay(office.getZone()).toInstant());
        }
        if (q.to() != null) {
            w.append(" and r.receivedAt < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay(office.getZone()).toInstant());
        }
        List<String> words = TextSearch.patterns(q.text());
        for (int i = 0; i < words.size(); i++) {
            w.append(" and r.searchText like :w").append(i);
            params.put("w" + i, words.get(i));
        }
        return w.toString();
    }
}
