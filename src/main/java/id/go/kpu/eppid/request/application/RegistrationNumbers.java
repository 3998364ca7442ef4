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
     * Issues the office's next number for {@code year}. The counter stays locked until the transaction ends, which
     * serialises the office's submissions from here to the commit; a rollback gives the number back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationNumber next(Office office, RequestKind kind, int year) {
        return new RegistrationNumber(kind, office.getCode(), year,
                counters.next(office.getId(), SERIES, Integer.toString(year)));
    }
}
