package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Issues registration numbers: sequential per office and year, across information and consultation requests.
 * The counter row is locked ({@code SELECT … FOR UPDATE}) inside the caller's transaction, so concurrent
 * submissions queue on it and a rolled-back submission gives its number back: no gaps, no duplicates.
 */
@ApplicationScoped
public class RegistrationNumbers {

    @PersistenceContext
    private EntityManager em;

    /**
     * Issues the number after {@code last} (as returned by {@link #lock}, whose lock the caller still holds).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationNumber issue(Office office, RequestKind kind, int year, int last) {
        int next = last + 1;
        em.createNativeQuery("UPDATE registration_counter SET last_value = ? WHERE office_id = ? AND reg_year = ?")
                .setParameter(1, next)
                .setParameter(2, office.getId())
                .setParameter(3, year)
                .executeUpdate();
        return new RegistrationNumber(kind, office.getCode(), year, next);
    }

    /**
     * Takes the counter lock of {@code office} and {@code year} until the transaction ends (serialising the office's
     * submissions) and returns the last number issued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lock(Office office, int year) {
        // Portable to MySQL 8 and MariaDB: creates the row once, touches nothing when it exists.
        em.createNativeQuery("INSERT INTO registration_counter (office_id, reg_year, last_value) VALUES (?, ?, 0) "
                        + "ON DUPLICATE KEY UPDATE last_value = last_value")
                .setParameter(1, office.getId())
                .setParameter(2, year)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM registration_counter "
                        + "WHERE office_id = ? AND reg_year = ? FOR UPDATE")
                .setParameter(1, office.getId())
                .setParameter(2, year)
                .getSingleResult();
        return last.intValue();
    }
}
