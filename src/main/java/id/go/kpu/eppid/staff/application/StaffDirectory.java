package id.go.kpu.eppid.staff.application;

import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds staff accounts. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext
    private EntityManager em;

    /** The account with its office and roles in one query (every staff page and API call looks it up). */
    public Optional<StaffAccount> findByUsername(String username) {
        return em.createQuery("select distinct s from StaffAccount s join fetch s.office left join fetch s.roles "
                        + "where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** The office's active staff holding any of {@code roles}, by name. */
    public List<StaffAccount> withAnyRole(long officeId, Set<Role> roles) {
        return em.createQuery("select distinct s from StaffAccount s join s.roles r where s.office.id = :o "
                        + "and s.active = true and r in :roles order by s.fullName", StaffAccount.class)
                .setParameter("o", officeId)
                .setParameter("roles", roles)
                .getResultList();
    }
}
