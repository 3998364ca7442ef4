package id.go.kpu.eppid.letter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Registration numbers of requests by id, in one query, for registers that show which request a record made. */
@ApplicationScoped
public class RequestNumbers {

    @PersistenceContext
    private EntityManager em;

    public Map<Long, String> of(List<Long> requestIds) {
        List<Long> ids = requestIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> numbers = new HashMap<>();
        if (ids.isEmpty()) {
            return numbers;
        }
        for (Object[] row : em.createQuery("select r.id, r.registrationNumber from ServiceRequest r where r.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            numbers.put((Long) row[0], (String) row[1]);
        }
        return numbers;
    }
}
