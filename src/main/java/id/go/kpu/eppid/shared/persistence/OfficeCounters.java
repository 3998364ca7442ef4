package id.go.kpu.eppid.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Sequential numbers per office, series and period (registration numbers per year, letter agenda numbers per year,
 * queue tickets per service and day). The counter row is locked ({@code SELECT … FOR UPDATE}, or by the increment of
 * {@link #next}) inside the caller's transaction, so concurrent callers queue on it and a rolled-back transaction
 * gives its number back: no gaps, no duplicates. The lock also serialises whatever else the caller does for that office
 * and series until it commits.
 */
@ApplicationScoped
public class OfficeCounters {

    @PersistenceContext
    private EntityManager em;

    /** Takes the counter lock until the transaction ends and returns the last value issued (0 for a new counter). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lock(long officeId, String series, String period) {
        // Portable to MySQL 8 and MariaDB: creates the row once, touches nothing when it exists.
        em.createNativeQuery("INSERT INTO office_counter (office_id, series, period, last_value) VALUES (?, ?, ?, 0) "
                        + "ON DUPLICATE KEY UPDATE last_value = last_value")
                .setParameter(1, officeId)
                .setParameter(2, series)
                .setParameter(3, period)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM office_counter "
                        + "WHERE office_id = ? AND series = ? AND period = ? FOR UPDATE")
                .setParameter(1, officeId)
                .setParameter(2, series)
                .setParameter(3, period)
                .getSingleResult();
        return last.intValue();
    }

    /** Records {@code value} as issued; the caller holds the lock from {@link #lock}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(long officeId, String series, String period, int value) {
        em.createNativeQuery("UPDATE office_counter SET last_value = ? WHERE office_id = ? AND series = ? AND period = ?")
                .setParameter(1, value)
                .setParameter(2, officeId)
                .setParameter(3, series)
                .setParameter(4, period)
                .executeUpdate();
    }

    /**
     * Locks, issues and returns the next value: one statement creates the counter at 1 or raises it by one, which
     * locks its row until the transaction ends, and hands the value back as the connection's {@code LAST_INSERT_ID}
     * (MySQL's and MariaDB's sequence idiom). Two statements instead of {@link #lock}'s two and {@link #advance}'s
     * one, each of them under the lock (issue 8, P1: every submission to the office waits for it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long officeId, String series, String period) {
        em.createNativeQuery("INSERT INTO office_counter (office_id, series, period, last_value) "
                        + "VALUES (?, ?, ?, LAST_INSERT_ID(1)) "
                        + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
                .setParameter(1, officeId)
                .setParameter(2, series)
                .setParameter(3, period)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
    }
}
