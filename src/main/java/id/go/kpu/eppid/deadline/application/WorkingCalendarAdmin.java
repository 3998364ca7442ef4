package id.go.kpu.eppid.deadline.application;

import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.ServiceHoursRow;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.upload.ContentInspector;
import id.go.kpu.eppid.shared.validation.InputChecks;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The administrator's working calendar (issue 5, REQ-8, ORG-1): days off with their legal source — national ones
 * (every office) only by an administrator of the national office, an office's own closures by that office's
 * administrator — their import from a CSV or iCalendar file with a preview, and the service hours per service and
 * weekday. Every change writes an audit line and fires {@link CalendarChanged} in the same transaction, so due dates
 * are recomputed with it.
 */
@ApplicationScoped
@Transactional
public class WorkingCalendarAdmin {

    static final String AUDIT_DAY_OFF = "DAY_OFF";
    static final String AUDIT_HOURS = "SERVICE_HOURS";
    /** Media types an import file may have (by content). */
    static final Set<String> IMPORT_TYPES = Set.of("text/calendar", "text/plain");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private Calendars calendars;
    @Inject
    private Event<CalendarChanged> changed;

    private final Clock clock = Clock.systemUTC();
    private final ContentInspector inspector = new ContentInspector();

    /** What an administrator typed for a day off. {@code national}: for every office (else the actor's office). */
    public record DayOffInput(boolean national, LocalDate day, DayOffKind kind, String name, String legalSource,
            boolean confirmed) implements Serializable {
    }

    /** One weekday of a service's week as typed: open or closed, opening and closing as {@code HH:mm}. */
    public record DayHours(DayOfWeek day, boolean open, String opens, String closes) implements Serializable {
    }

    /** A row of an import preview: the row read and what the import will do with it. */
    public record PreviewRow(DayOffFile.Row row, Outcome outcome, String reason) implements Serializable {
    }

    /** What an import does with a row. */
    public enum Outcome {
        ADD, SKIP_DUPLICATE, SKIP_INVALID
    }

    /** The preview of an import, kept by the page until the administrator confirms it. */
    public record ImportPreview(boolean national, List<PreviewRow> rows) implements Serializable {
        public long count(Outcome o) {
            return rows.stream().filter(r -> r.outcome() == o).count();
        }
    }

    // ------------------------------------------------------------------ days off

    /** National days off and the actor's office's own in {@code year}, by date (national first on a day). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayOff> daysOff(StaffAccount actor, int year) {
        return em.createQuery("select d from DayOff d where (d.officeId is null or d.officeId = :o) "
                + "and d.day between :from and :to order by d.day, case when d.officeId is null then 0 else 1 end",
                DayOff.class).setParameter("o", actor.getOffice().getId())
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** May this administrator change national days off (an administrator of the national office)? */
    public static boolean mayEditNational(StaffAccount actor) {
        return actor.hasRole(Role.ADMIN) && actor.getOffice().getLevel() == OfficeLevel.NATIONAL;
    }

    /** May this administrator change this day off? */
    public static boolean mayEdit(StaffAccount actor, DayOff d) {
        return d.getOfficeId() == null ? mayEditNational(actor)
                : actor.hasRole(Role.ADMIN) && d.getOfficeId().equals(actor.getOffice().getId());
    }

    public DayOff add(StaffAccount actor, DayOffInput in) {
        Long officeId = scope(actor, in.national());
        List<Problem> problems = new ArrayList<>();
        InputChecks.required(problems, "day", in.day());
        String name = InputChecks.text(problems, "name", in.name(), DayOff.NAME_LENGTH, true);
        String source = InputChecks.text(problems, "legalSource", in.legalSource(), DayOff.SOURCE_LENGTH, true);
        checkKind(problems, in.national(), in.kind());
        if (problems.isEmpty()) {
            existing(officeId, actor.getOffice().getId(), in.day()).ifPresent(p -> problems.add(p));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        DayOff d = new DayOff(officeId, in.day(), in.kind(), name, source, in.confirmed(), actor.getUsername(), now);
        em.persist(d);
        em.flush();
        changed(actor, d, "DAY_OFF_ADDED", d.getDay() + " " + d.getKind() + " " + name);
        return d;
    }

    /** Changes kind, name, legal source and confirmation of a day off (its date stays: delete and add to move it). */
    public DayOff edit(StaffAccount actor, long id, DayOffInput in) {
        DayOff d = editable(actor, id);
        List<Problem> problems = new ArrayList<>();
        String name = InputChecks.text(problems, "name", in.name(), DayOff.NAME_LENGTH, true);
        String source = InputChecks.text(problems, "legalSource", in.legalSource(), DayOff.SOURCE_LENGTH, true);
        checkKind(problems, d.getOfficeId() == null, in.kind());
        InvalidInputException.throwIfAny(problems);
        d.change(in.kind(), name, source, in.confirmed(), actor.getUsername(), clock.instant());
        changed(actor, d, "DAY_OFF_CHANGED", d.getDay() + " " + d.getKind() + " " + name);
        return d;
    }

    /** Confirms a day off (the shipped national list is to be confirmed). */
    public DayOff confirm(StaffAccount actor, long id) {
        DayOff d = editable(actor, id);
        d.change(d.getKind(), d.getName(), d.getLegalSource(), true, actor.getUsername(), clock.instant());
        changed(actor, d, "DAY_OFF_CONFIRMED", d.getDay() + " " + d.getName());
        return d;
    }

    public void delete(StaffAccount actor, long id) {
        DayOff d = editable(actor, id);
        em.remove(d);
        em.flush(); // gone before the recompute reads the calendar, else no due date moves back
        changed(actor, d, "DAY_OFF_DELETED", d.getDay() + " " + d.getName());
    }

    private DayOff editable(StaffAccount actor, long id) {
        requireAdmin(actor);
        DayOff d = em.find(DayOff.class, id);
        if (d == null || d.getOfficeId() != null && !d.getOfficeId().equals(actor.getOffice().getId())) {
            throw new InvalidInputException(null, "calendar.dayOff.notFound");
        }
        if (!mayEdit(actor, d)) {
            throw new InvalidInputException(null, "calendar.national.notAllowed");
        }
        return d;
    }

    /** The office of a new entry: null for national (national administrators only), else the actor's office. */
    private static Long scope(StaffAccount actor, boolean national) {
        requireAdmin(actor);
        if (national && !mayEditNational(actor)) {
            throw new InvalidInputException(null, "calendar.national.notAllowed");
        }
        return national ? null : actor.getOffice().getId();
    }

    private static void checkKind(List<Problem> problems, boolean national, DayOffKind kind) {
        if (kind == null) {
            problems.add(new Problem("kind", "validation.required"));
        } else if (national == (kind == DayOffKind.OFFICE_CLOSURE)) {
            problems.add(new Problem("kind", national ? "calendar.kind.notNational" : "calendar.kind.officeOnly"));
        }
    }

    /** The problem when the day is already off: the same entry exists, or (for an office) it is a national day off. */
    private Optional<Problem> existing(Long officeId, long actorOffice, LocalDate day) {
        for (DayOff d : em.createQuery("select d from DayOff d where d.day = :d and (d.officeId is null "
                + "or d.officeId = :o)", DayOff.class).setParameter("d", day).setParameter("o", actorOffice)
                .getResultList()) {
            if (officeId == null && d.getOfficeId() == null) {
                return Optional.of(new Problem("day", "calendar.dayOff.duplicate", d.getName()));
            }
            if (officeId != null) {
                return Optional.of(new Problem("day", d.getOfficeId() == null ? "calendar.dayOff.alreadyNational"
                        : "calendar.dayOff.alreadyClosed", d.getName()));
            }
        }
        return Optional.empty();
    }

    private void changed(StaffAccount actor, DayOff d, String action, String detail) {
        audit.record(actor.getOffice().getId(), clock.instant(), actor.getUsername(), AUDIT_DAY_OFF, d.getId(),
                action, (d.getOfficeId() == null ? "national " : "") + detail);
        changed.fire(new CalendarChanged(d.getOfficeId(), d.getDay(), actor.getUsername(), action + " " + detail));
    }

    // ------------------------------------------------------------------ import

    /**
     * Reads an import file (checked by content: iCalendar or plain text, at most {@link DayOffFile#MAX_BYTES}) and
     * says, row by row, what would be added and what skipped (invalid, or already a day off). Changes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview preview(StaffAccount actor, boolean national, byte[] content, String defaultSource) {
        Long officeId = scope(actor, national);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "calendar.import.empty");
        }
        if (content.length > DayOffFile.MAX_BYTES) {
            throw new InvalidInputException("file", "calendar.import.tooLarge", DayOffFile.MAX_BYTES / 1024);
        }
        String type;
        try {
            type = inspector.inspect(new java.io.ByteArrayInputStream(content)).baseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!IMPORT_TYPES.contains(type)) {
            throw new InvalidInputException("file", "calendar.import.type");
        }
        DayOffFile.Format format = "text/calendar".equals(type) ? DayOffFile.Format.ICALENDAR : DayOffFile.Format.CSV;
        DayOffKind defaultKind = national ? DayOffKind.NATIONAL_HOLIDAY : DayOffKind.OFFICE_CLOSURE;
        List<PreviewRow> rows = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (DayOffFile.Row row : DayOffFile.read(content, format, defaultKind, defaultSource)) {
            if (!row.valid()) {
                rows.add(new PreviewRow(row, Outcome.SKIP_INVALID, row.problem()));
                continue;
            }
            List<Problem> kindProblem = new ArrayList<>();
            checkKind(kindProblem, national, row.kind());
            if (!kindProblem.isEmpty()) {
                rows.add(new PreviewRow(row, Outcome.SKIP_INVALID, kindProblem.get(0).key()));
            } else if (!seen.add(row.day())) {
                rows.add(new PreviewRow(row, Outcome.SKIP_DUPLICATE, "calendar.import.row.twiceInFile"));
            } else {
                Optional<Problem> exists = existing(officeId, actor.getOffice().getId(), row.day());
                rows.add(exists.map(p -> new PreviewRow(row, Outcome.SKIP_DUPLICATE,
                        p.key().replace("calendar.dayOff.", "calendar.import.reason.")))
                        .orElseGet(() -> new PreviewRow(row, Outcome.ADD, null)));
            }
        }
        return new ImportPreview(national, List.copyOf(rows));
    }

    /**
     * Adds the rows of a preview marked {@link Outcome#ADD} in one transaction (re-checking that each day is still
     * free), with one audit line and one {@link CalendarChanged} for the whole import. Returns how many were added.
     */
    public int importRows(StaffAccount actor, ImportPreview preview) {
        Long officeId = scope(actor, preview.national());
        Instant now = clock.instant();
        int added = 0;
        LocalDate first = null;
        for (PreviewRow p : preview.rows()) {
            if (p.outcome() != Outcome.ADD) {
                continue;
            }
            DayOffFile.Row r = p.row();
            if (existing(officeId, actor.getOffice().getId(), r.day()).isPresent()) {
                continue;
            }
            em.persist(new DayOff(officeId, r.day(), r.kind(), r.name(), r.legalSource(), false, actor.getUsername(),
                    now));
            added++;
            first = first == null || r.day().isBefore(first) ? r.day() : first;
            em.flush();
        }
        if (added > 0) {
            audit.record(actor.getOffice().getId(), now, actor.getUsername(), AUDIT_DAY_OFF,
                    officeId == null ? 0 : officeId, "DAYS_OFF_IMPORTED",
                    (officeId == null ? "national " : "") + added + " days off");
            changed.fire(new CalendarChanged(officeId, first, actor.getUsername(), "DAYS_OFF_IMPORTED " + added));
        }
        return added;
    }

    // ------------------------------------------------------------------ service hours

    /**
     * The office's week for {@code service}: seven days, Monday first, closed days with empty times; without rows
     * yet, the office's own opening and closing Monday–Friday (what {@link Calendars#of} falls back to).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayHours> week(long officeId, ServiceKind service) {
        List<ServiceHoursRow> rows = calendars.hours(officeId, service);
        List<DayHours> week = new ArrayList<>();
        if (rows.isEmpty()) {
            // no rows yet: show what the calendar uses meanwhile (the office's own hours, Monday–Friday)
            Office office = em.find(Office.class, officeId);
            for (DayOfWeek d : DayOfWeek.values()) {
                boolean open = d.getValue() <= 5;
                week.add(new DayHours(d, open, open ? office.getOpensAt().toString() : null,
                        open ? office.closesAt(d).toString() : null));
            }
            return week;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            Optional<ServiceHoursRow> row = rows.stream().filter(r -> r.getDay() == d).findFirst();
            week.add(row.map(r -> new DayHours(d, true, r.getOpensAt().toString(), r.getClosesAt().toString()))
                    .orElseGet(() -> new DayHours(d, false, null, null)));
        }
        return week;
    }

    /**
     * Sets the actor's office's hours for {@code service}: for every open day an opening and a later closing
     * ({@code HH:mm}); at least one open weekday (Monday–Friday). Problems name the field {@code week:<i>:opens} /
     * {@code week:<i>:closes} (i = 0 for Monday), or {@code week} for the week as a whole.
     */
    public void setHours(StaffAccount actor, ServiceKind service, List<DayHours> week) {
        requireAdmin(actor);
        List<Problem> problems = new ArrayList<>();
        if (service == null) {
            problems.add(new Problem("service", "validation.required"));
        }
        if (week == null || week.size() != 7) {
            throw new InvalidInputException("week", "validation.choice");
        }
        List<ServiceHoursRow> rows = new ArrayList<>();
        long officeId = actor.getOffice().getId();
        boolean workingWeekday = false;
        for (int i = 0; i < week.size(); i++) {
            DayHours h = week.get(i);
            if (!h.open()) {
                continue;
            }
            LocalTime opens = time(problems, "week:" + i + ":opens", h.opens());
            LocalTime closes = time(problems, "week:" + i + ":closes", h.closes());
            if (opens != null && closes != null) {
                if (!closes.isAfter(opens)) {
                    problems.add(new Problem("week:" + i + ":closes", "calendar.hours.closesBeforeOpens"));
                } else if (service != null) {
                    rows.add(new ServiceHoursRow(officeId, service, h.day(), opens, closes));
                }
            }
            workingWeekday |= h.day().getValue() <= 5;
        }
        if (!workingWeekday) {
            problems.add(new Problem("week", "calendar.hours.noWorkingDay"));
        }
        InvalidInputException.throwIfAny(problems);
        em.createQuery("delete from ServiceHoursRow h where h.key.officeId = :o and h.key.service = :s")
                .setParameter("o", officeId).setParameter("s", service).executeUpdate();
        rows.forEach(em::persist);
        em.flush();
        StringBuilder detail = new StringBuilder(service.name());
        rows.forEach(r -> detail.append(' ').append(r.getDay().getValue()).append('=').append(r.getOpensAt())
                .append('-').append(r.getClosesAt()));
        audit.record(officeId, clock.instant(), actor.getUsername(), AUDIT_HOURS, officeId, "SERVICE_HOURS_SET",
                detail.toString());
        changed.fire(new CalendarChanged(officeId, null, actor.getUsername(), "SERVICE_HOURS_SET " + detail));
    }

    private static LocalTime time(List<Problem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, "validation.required"));
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "calendar.hours.badTime"));
            return null;
        }
    }

    static void requireAdmin(StaffAccount actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new InvalidInputException(null, "calendar.notAllowed");
        }
    }
}
