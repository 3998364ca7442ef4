package id.go.kpu.eppid.shared.text;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A search over a table's {@code search_text} (words stemmed by {@link IndonesianText}, FULLTEXT-indexed): the rows
 * that match the filter, best match first for a query (by the table's own order without one), loaded as entities
 * in that order.
 *
 * @param table the table, e.g. {@code faq_entry}
 * @param filter the SQL condition on its rows, with {@code ?} for each of {@code params} (no text from a user in it)
 * @param params the filter's parameters, in order
 * @param tieBreak the order among equally ranked matches, e.g. {@code use_count DESC}
 * @param order the order without a query
 * @param max the most rows returned
 */
public record FullTextSearch(String table, String filter, List<Object> params, String tieBreak, String order, int max) {

    /** The entities of {@code entity} (whose id {@code idOf} gives) matching {@code query}, best first. */
    public <T> List<T> find(EntityManager em, Class<T> entity, Function<T, Long> idOf, String query) {
        String words = IndonesianText.indexText(query);
        String match = " MATCH(search_text) AGAINST (?" + (params.size() + 1) + " IN NATURAL LANGUAGE MODE)";
        StringBuilder sql = new StringBuilder("SELECT id FROM ").append(table).append(" WHERE ");
        int n = 0;
        for (char c : filter.toCharArray()) {
            sql.append(c);
            if (c == '?') {
                sql.append(++n);
            }
        }
        sql.append(words.isEmpty() ? " ORDER BY " + order
                : " AND" + match + " ORDER BY" + match + " DESC, " + tieBreak);
        Query q = em.createNativeQuery(sql.toString()).setMaxResults(max);
        List<Object> all = new ArrayList<>(params);
        if (!words.isEmpty()) {
            all.add(words);
        }
        for (int i = 0; i < all.size(); i++) {
            q.setParameter(i + 1, all.get(i));
        }
        List<Long> ids = ((List<?>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = em.createQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).filter(e -> e != null).toList();
    }
}
