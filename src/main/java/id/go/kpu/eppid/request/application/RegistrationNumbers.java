package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.persistence.OfficeCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Issues registration numbers: sequential per office and year, across information and consultation requests and
 * every channel, from the office's locked counter (see {@link OfficeCounters}): no gaps, no duplicates.
 */
@ApplicationScoped
public class RegistrationNumbers {

    static final String SERIES = "REQUEST";

    @Inject
    private OfficeCounters counters;

    /**
     * Issues the number after {@code last} (as returned by {@link #lock}, whose lock the caller still holds).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationNumber issue(Office office, RequestKind kind, int year, int last) {
        int next = last + 1;
        counters.advance(office.getId(), SERIES, Integer.toString(year), next);
        return new RegistrationNumber(kind, office.getCode(), year, next);
    }

    /**
     * Takes the counter lock of {@code office} and {@code year} until the transaction ends (serialising the office's
     * submissions) and returns the last number issued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lock(Office office, int year) {
        return counters.lock(office.getId(), SERIES, Integer.toString(year));
    }
}
