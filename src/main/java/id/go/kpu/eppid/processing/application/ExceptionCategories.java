package id.go.kpu.eppid.processing.application;

import id.go.kpu.eppid.processing.domain.ExceptionCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The Pasal 17 categories (LAW-2) from the reference table. */
@ApplicationScoped
public class ExceptionCategories {

    @PersistenceContext
    private EntityManager em;

    /** All categories, huruf a to j. */
    public List<ExceptionCategory> all() {
        return em.createQuery("select c from ExceptionCategory c order by c.code", ExceptionCategory.class)
                .getResultList();
    }

    public Optional<ExceptionCategory> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(ExceptionCategory.class, code));
    }
}
