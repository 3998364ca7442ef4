package id.go.kpu.eppid.survey.application;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.survey.domain.SurveyElement;
import id.go.kpu.eppid.survey.domain.SurveyResponse;
import id.go.kpu.eppid.survey.domain.SurveyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The satisfaction survey of a service event (HD-12, REQ-10): one response per event, opened with a random token
 * (256 bits, the only key the public page accepts), answered at the desk or by the link, once.
 */
@ApplicationScoped
@Transactional
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private final Clock clock = Clock.systemUTC();

    /** The survey of an event, if one was opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurveyResponse> forService(SurveyService service, long serviceId) {
        return em.createQuery("select r from SurveyResponse r where r.service = :s and r.serviceId = :id",
                SurveyResponse.class).setParameter("s", service).setParameter("id", serviceId)
                .getResultStream().findFirst();
    }

    /** The survey of an event, opened now if it was not (the caller has checked the event and its office). */
    public SurveyResponse open(long officeId, SurveyService service, long serviceId, String serviceRef) {
        return forService(service, serviceId).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            SurveyResponse r = new SurveyResponse(officeId, service, serviceId, serviceRef,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.instant());
            em.persist(r);
            return r;
        });
    }

    /** Records that the link was mailed (the survey as {@link #open} gave it, in the same transaction). */
    public void linkSent(SurveyResponse r) {
        (em.contains(r) ? r : em.find(SurveyResponse.class, r.getId())).linkSent(clock.instant());
    }

    /** The public address of a survey. */
    public String link(SurveyResponse r) {
        return baseUrl + "/survey.xhtml?t=" + r.getToken();
    }

    /** The survey a token opens, or empty (a wrong token says nothing more). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurveyResponse> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("select r from SurveyResponse r where r.token = :t", SurveyResponse.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    /**
     * The answers to the survey a token opens, once.
     *
     * @throws InvalidInputException when the token is unknown, it was answered already, or a score is missing
     */
    public SurveyResponse submit(String token, Map<SurveyElement, Integer> scores, String comment,
            SurveyResponse.Via via) {
        SurveyResponse r = byToken(token).map(found -> em.find(SurveyResponse.class, found.getId(),
                LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> new InvalidInputException(null, "survey.unknown"));
        r.submit(scores, comment, via, clock.instant());
        return r;
    }
}
