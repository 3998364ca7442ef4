package id.go.kpu.eppid.staff.application;

import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds staff accounts. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<StaffAccount> findByUsername(String username) {
        return em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }
}
