package id.go.kpu.eppid.guestbook.application;

import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.shared.persistence.TextSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Searches an office's guest book in the database, a page at a time, newest first; and lists one day for print. */
@ApplicationScoped
public class GuestBookSearch {

    @PersistenceContext
    private EntityManager em;

    public List<GuestEntry> page(long officeId, GuestQuery q, int first, int max) {
        return query(officeId, q, "select g", " order by g.arrivedAt desc, g.id desc", GuestEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long officeId, GuestQuery q) {
        return query(officeId, q, "select count(g)", "", Long.class).getSingleResult();
    }

    /** Every visit that began on {@code day} in the office's time zone, in order of arrival. */
    public List<GuestEntry> day(long officeId, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return query(officeId, new GuestQuery(from, to, null, null), "select g", " order by g.arrivedAt, g.id",
                GuestEntry.class).getResultList();
    }

    private <T> TypedQuery<T> query(long officeId, GuestQuery q, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from GuestEntry g where g.officeId = :o");
        if (q.from() != null) {
            jpql.append(" and g.arrivedAt >= :from");
        }
        if (q.to() != null) {
            jpql.append(" and g.arrivedAt < :to");
        }
        if (q.purpose() != null) {
            jpql.append(" and g.purpose = :purpose");
        }
        List<String> words = TextSearch.patterns(q.text());
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and g.searchText like :w").append(i);
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("o", officeId);
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.purpose() != null) {
            query.setParameter("purpose", q.purpose());
        }
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        return query;
    }
}
