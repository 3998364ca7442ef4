package id.go.kpu.eppid.survey.application;

import id.go.kpu.eppid.shared.persistence.IdList;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import id.go.kpu.eppid.survey.domain.SatisfactionIndex;
import id.go.kpu.eppid.survey.domain.SurveyElement;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * REQ-10, LAW-5: the satisfaction index of offices, a service (or all) and a period, from the submitted survey
 * responses — each counted once, its answers by element code (so a form's order never matters).
 */
@ApplicationScoped
public class SatisfactionIndexes {

    @PersistenceContext
    private EntityManager em;

    /**
     * The index of the responses submitted in {@code [from, to)} to the offices {@code officeIds} (one office, or one
     * rolled up with those below it) for {@code service}, or every service when it is null.
     */
    public SatisfactionIndex of(Collection<Long> officeIds, SurveyService service, Instant from, Instant to) {
        String where = " where r.office_id in (" + IdList.of(officeIds) + ")"
                + " and r.submitted_at >= ? and r.submitted_at < ?"
                + (service == null ? "" : " and r.service = ?");
        var count = em.createNativeQuery("select count(*) from survey_response r" + where);
        var tallies = em.createNativeQuery("select a.element_code, sum(a.score), count(*) from survey_answer a "
                + "join survey_response r on r.id = a.response_id" + where + " group by a.element_code");
        for (var q : List.of(count, tallies)) {
            q.setParameter(1, InstantConverter.utc(from)).setParameter(2, InstantConverter.utc(to));
            if (service != null) {
                q.setParameter(3, service.name());
            }
        }
        Map<SurveyElement, SatisfactionIndex.Tally> byElement = new EnumMap<>(SurveyElement.class);
        for (Object row : tallies.getResultList()) {
            Object[] r = (Object[]) row;
            Arrays.stream(SurveyElement.values()).filter(e -> e.code().equals(r[0])).findFirst().ifPresent(e ->
                    byElement.put(e, new SatisfactionIndex.Tally(((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue())));
        }
        return SatisfactionIndex.of(((Number) count.getSingleResult()).longValue(), byElement);
    }
}
