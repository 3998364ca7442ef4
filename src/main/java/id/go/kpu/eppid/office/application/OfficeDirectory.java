package id.go.kpu.eppid.office.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks up offices: by id or code, and the province → district/city tree the public form lets applicants choose from. */
@ApplicationScoped
public class OfficeDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<Office> findById(long id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    public Optional<Office> findByCode(String code) {
        return em.createQuery("select o from Office o where o.code = :code", Office.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The office of a public page's {@code ?office=} code, else KPU RI (an unknown or missing code). */
    public Optional<Office> orNational(String code) {
        return (code == null ? Optional.<Office>empty() : findByCode(code)).or(() -> findByCode("RI"));
    }

    /** The national office and the provinces: the first choice on the public form. */
    public List<Office> topLevel() {
        return em.createQuery("select o from Office o where o.level in :levels order by o.level, o.name", Office.class)
                .setParameter("levels", List.of(OfficeLevel.NATIONAL, OfficeLevel.PROVINCE))
                .getResultList();
    }

    /** Every office by code (each province just before its regencies and cities). */
    public List<Office> all() {
        return em.createQuery("select o from Office o order by o.code", Office.class).getResultList();
    }

    /** The regency and city offices under a province. */
    public List<Office> children(long parentId) {
        return em.createQuery("select o from Office o where o.parent.id = :p order by o.name", Office.class)
                .setParameter("p", parentId)
                .getResultList();
    }

    /**
     * The office and every office below it (ORG-1): all offices for KPU RI, the province with its regencies and
     * cities, a regency or city alone — what a report rolled up for the office covers.
     */
    public List<Long> subtree(Office office) {
        return switch (office.getLevel()) {
            case NATIONAL -> em.createQuery("select o.id from Office o", Long.class).getResultList();
            case PROVINCE -> em.createQuery("select o.id from Office o where o.id = :id or o.parent.id = :id",
                    Long.class).setParameter("id", office.getId()).getResultList();
            case REGENCY, CITY -> List.of(office.getId());
        };
    }
}
