package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.DeadlineRegime;
import id.go.kpu.eppid.deadline.domain.RegimeClock;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.validation.InputChecks;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadline regimes an office works with (issue 5, REQ-8, CON-4, LAW-1, LAW-3): the national ones shipped by the
 * migration (read-only for offices) and an office's own (e.g. a shorter one during election stages), added by its
 * administrator with their legal basis and validity dates, and deactivated when no longer wanted. For a request of
 * a given scope on a given day, an active office regime valid that day wins over the national one.
 */
@ApplicationScoped
public class DeadlineRegimes {

    static final String AUDIT_SUBJECT = "DEADLINE_REGIME";
    /** The longest regime or extension accepted (working days or service hours). */
    public static final int MAX_LENGTH = 365;
    public static final int NAME_LENGTH = 200;
    public static final int BASIS_LENGTH = 300;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** What an administrator typed for a new office regime. */
    public record RegimeInput(RegimeScope appliesTo, String nameId, String nameEn, RegimeClock clock, Integer length,
            Integer maxExtension, String legalBasis, LocalDate validFrom, LocalDate validTo) implements Serializable {
    }

    /** The national regimes and the office's own (active or not), national first, then the newest. */
    public List<DeadlineRegime> forOffice(long officeId) {
        return em.createQuery("select r from DeadlineRegime r where r.officeId is null or r.officeId = :o "
                + "order by case when r.officeId is null then 0 else 1 end, r.appliesTo, r.id desc",
                DeadlineRegime.class).setParameter("o", officeId).getResultList();
    }

    /**
     * The regime that applies to {@code scope} at the office on {@code day}: an active office regime valid that day
     * (the one that started last, then the newest), else the active national one of that scope.
     */
    public Optional<DeadlineRegime> applicable(long officeId, RegimeScope scope, LocalDate day) {
        List<DeadlineRegime> candidates = em.createQuery("select r from DeadlineRegime r where r.appliesTo = :s "
                + "and r.active = true and (r.officeId is null or r.officeId = :o)", DeadlineRegime.class)
                .setParameter("s", scope).setParameter("o", officeId).getResultList();
        Comparator<DeadlineRegime> latest = Comparator
                .comparing((DeadlineRegime r) -> r.getValidFrom() == null ? LocalDate.MIN : r.getValidFrom())
                .thenComparing(DeadlineRegime::getId);
        Optional<DeadlineRegime> own = candidates.stream().filter(r -> r.getOfficeId() != null)
                .filter(r -> r.validOn(day)).max(latest);
        return own.isPresent() ? own
                : candidates.stream().filter(r -> r.getOfficeId() == null).filter(r -> r.validOn(day)).max(latest);
    }

    /** Adds a regime for the actor's office (administrators only). */
    @Transactional
    public DeadlineRegime add(StaffAccount actor, RegimeInput in) {
        WorkingCalendarAdmin.requireAdmin(actor);
        List<Problem> problems = new ArrayList<>();
        InputChecks.required(problems, "appliesTo", in.appliesTo());
        String nameId = InputChecks.text(problems, "nameId", in.nameId(), NAME_LENGTH, true);
        String nameEn = InputChecks.text(problems, "nameEn", in.nameEn(), NAME_LENGTH, true);
        InputChecks.required(problems, "clock", in.clock());
        if (in.length() == null) {
            problems.add(new Problem("length", "validation.required"));
        } else if (in.length() < 1 || in.length() > MAX_LENGTH) {
            problems.add(new Problem("length", "regime.length.range", 1, MAX_LENGTH));
        }
        int extension = in.maxExtension() == null ? 0 : in.maxExtension();
        if (extension < 0 || extension > MAX_LENGTH) {
            problems.add(new Problem("maxExtension", "regime.length.range", 0, MAX_LENGTH));
        }
        String basis = InputChecks.text(problems, "legalBasis", in.legalBasis(), BASIS_LENGTH, true);
        InputChecks.required(problems, "validFrom", in.validFrom());
        InputChecks.required(problems, "validTo", in.validTo());
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            problems.add(new Problem("validTo", "regime.validTo.beforeFrom"));
        }
        InvalidInputException.throwIfAny(problems);
        long officeId = actor.getOffice().getId();
        String code = ("O" + officeId + "_" + in.appliesTo().name() + "_"
                + in.validFrom().format(DateTimeFormatter.BASIC_ISO_DATE));
        DeadlineRegime r = new DeadlineRegime(officeId, code.length() > 40 ? code.substring(0, 40) : code,
                in.appliesTo(), nameId, nameEn, in.clock(), in.length(), extension, basis, in.validFrom(),
                in.validTo());
        em.persist(r);
        em.flush();
        audit.record(officeId, clock.instant(), actor.getUsername(), AUDIT_SUBJECT, r.getId(), "REGIME_ADDED",
                r.getAppliesTo() + " " + r.getLength() + " " + r.getClock() + " " + r.getValidFrom() + ".."
                        + r.getValidTo());
        return r;
    }

    /** Deactivates one of the actor's office's regimes; national regimes cannot be changed by an office. */
    @Transactional
    public DeadlineRegime deactivate(StaffAccount actor, long id) {
        WorkingCalendarAdmin.requireAdmin(actor);
        DeadlineRegime r = em.find(DeadlineRegime.class, id);
        if (r == null) {
            throw new InvalidInputException(null, "regime.notFound");
        }
        if (r.getOfficeId() == null) {
            throw new InvalidInputException(null, "regime.national.readOnly");
        }
        if (!r.getOfficeId().equals(actor.getOffice().getId())) {
            throw new InvalidInputException(null, "regime.notFound");
        }
        if (r.isActive()) {
            r.deactivate();
            audit.record(r.getOfficeId(), clock.instant(), actor.getUsername(), AUDIT_SUBJECT, r.getId(),
                    "REGIME_DEACTIVATED", r.getCode());
        }
        return r;
    }
}
