package id.go.kpu.eppid.standards.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Test-only data changes the portal has no use case for: a demo account's email, a request's due date. */
@ApplicationScoped
public class StandardsFixtures {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void email(String username, String email) {
        em.createNativeQuery("UPDATE staff_account SET email = ?1 WHERE username = ?2").setParameter(1, email)
                .setParameter(2, username).executeUpdate();
    }

    @Transactional
    public void due(long requestId, Instant dueAt) {
        em.createNativeQuery("UPDATE service_request SET due_at = ?1 WHERE id = ?2")
                .setParameter(1, LocalDateTime.ofInstant(dueAt, ZoneOffset.UTC)).setParameter(2, requestId)
                .executeUpdate();
    }
}
