package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.validation.InputChecks;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.standards.domain.StepProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An office's own service-time standards (mutu baku; REQ-4, REQ-5, HD-14): the office's administrator sets a step's
 * standard minutes with the decree that sets them, overriding the national default taken from the SOPs (seeds 001,
 * 002, 003), or returns the step to the default. The step's name and the actions that time it stay the national ones.
 * Every change is in the office's audit trail.
 */
@ApplicationScoped
@Transactional
public class StepStandardsAdmin {

    static final String AUDIT_SUBJECT = "SERVICE_STEP";
    /** The longest standard a step may have: 30 days, in minutes (the longest SOP step is 1 day). */
    public static final int MAX_MINUTES = 30 * 24 * 60;
    static final int SOURCE_LENGTH = 300;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Sets the office's standard for a step, with its legal source. */
    public void override(StaffAccount actor, StepProcess process, String code, Integer minutes, String source) {
        long office = adminOffice(actor);
        int national = nationalMinutes(process, code);
        List<Problem> problems = new ArrayList<>();
        if (minutes == null) {
            problems.add(new Problem("minutes", "validation.required"));
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(new Problem("minutes", "standards.admin.minutes.range", MAX_MINUTES));
        }
        String legal = InputChecks.text(problems, "source", source, SOURCE_LENGTH, true);
        InvalidInputException.throwIfAny(problems);
        int updated = em.createNativeQuery("UPDATE service_step SET standard_minutes = ?1, source = ?2 "
                        + "WHERE office_id = ?3 AND process = ?4 AND code = ?5")
                .setParameter(1, minutes).setParameter(2, legal).setParameter(3, office)
                .setParameter(4, process.name()).setParameter(5, code).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO service_step (office_id, process, code, position, name_id, name_en, "
                            + "standard_minutes, start_action, start_status, end_action, end_status, source) "
                            + "SELECT ?1, process, code, position, name_id, name_en, ?2, start_action, start_status, "
                            + "end_action, end_status, ?3 FROM service_step "
                            + "WHERE office_id IS NULL AND process = ?4 AND code = ?5")
                    .setParameter(1, office).setParameter(2, minutes).setParameter(3, legal)
                    .setParameter(4, process.name()).setParameter(5, code).executeUpdate();
        }
        audit.record(office, clock.instant(), actor.getUsername(), AUDIT_SUBJECT, 0, "STANDARD_SET",
                process + ":" + code + " " + minutes + " min (national " + national + "): " + legal);
    }

    /** Returns a step to the national default. */
    public void reset(StaffAccount actor, StepProcess process, String code) {
        long office = adminOffice(actor);
        int national = nationalMinutes(process, code);
        int deleted = em.createNativeQuery("DELETE FROM service_step WHERE office_id = ?1 AND process = ?2 AND code = ?3")
                .setParameter(1, office).setParameter(2, process.name()).setParameter(3, code).executeUpdate();
        if (deleted > 0) {
            audit.record(office, clock.instant(), actor.getUsername(), AUDIT_SUBJECT, 0, "STANDARD_RESET",
                    process + ":" + code + " → national " + national + " min");
        }
    }

    private static long adminOffice(StaffAccount actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new InvalidInputException(null, "standards.admin.notAllowed");
        }
        return actor.getOffice().getId();
    }

    private int nationalMinutes(StepProcess process, String code) {
        List<?> rows = em.createNativeQuery("SELECT standard_minutes FROM service_step "
                        + "WHERE office_id IS NULL AND process = ?1 AND code = ?2")
                .setParameter(1, process.name()).setParameter(2, code).getResultList();
        if (rows.isEmpty()) {
            throw new InvalidInputException(null, "standards.admin.unknownStep");
        }
        return ((Number) rows.get(0)).intValue();
    }
}
