package id.go.kpu.eppid.consultation.domain;

import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of scheduling a consultation (CON-3, CON-4, ORG-3), free of the container so they are unit-tested:
 * <ul>
 * <li>only a consultation request, while it is being worked on ({@link #OPEN}), gets a session;</li>
 * <li>the applicant consults a Commissioner, the Chair or the Secretary ({@link #CONSULTED}), accompanied by division
 * staff ({@link #COMPANIONS}); CON-4 asks for at least two officers, so at least one companion;</li>
 * <li>the slot is in the future, on a working day of the office's consultation calendar (holidays, collective leave
 * and closures are not), within that day's service hours in the office's own zone, and ends after it starts;</li>
 * <li>the official is not booked twice: overlapping {@link ConsultationStatus#SCHEDULED} sessions clash
 * ({@link #overlaps});</li>
 * <li>who arranges sessions ({@link #mayArrange}): the request's assigned official (ORG-3), the Chair and Secretary
 * (who dispose and stand above every assigned official) and the PPID operator / front office (CON-3: the front office
 * directs the walk-in applicant to the Commissioner or Secretary).</li>
 * </ul>
 * The rules of one session (delegation, result) are on {@link ConsultationSession}.
 */
public final class ConsultationRules {

    /** CON-3: whom the applicant consults. */
    public static final Set<Role> CONSULTED = EnumSet.of(Role.COMMISSIONER, Role.CHAIR, Role.SECRETARY);
    /** CON-3: the structural officials a consultation may be delegated to. */
    public static final Set<Role> DELEGATES = EnumSet.of(Role.SECRETARY, Role.DIVISION_HEAD, Role.SUBDIVISION_HEAD);
    /** CON-3: "didampingi bagian lain yang terkait" — division staff accompany the official. */
    public static final Set<Role> COMPANIONS = EnumSet.of(Role.DIVISION_HEAD, Role.SUBDIVISION_HEAD, Role.STAFF);
    /** Who arranges sessions besides the request's assigned official (see the class comment). */
    public static final Set<Role> ARRANGERS = EnumSet.of(Role.CHAIR, Role.SECRETARY, Role.PPID_OPERATOR,
            Role.FRONT_OFFICE);
    /** The request states in which a consultation can be scheduled. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.DISPOSED, RequestStatus.IN_ANALYSIS,
            RequestStatus.CONSULTING_DIVISION, RequestStatus.EXTENDED);
    /** CON-4: "minimal 2 (dua) orang pegawai/pejabat". */
    public static final int MIN_OFFICERS = 2;

    private ConsultationRules() {
    }

    /** Why a request cannot get a session now (a bundle key), or null when it can. */
    public static String requestProblem(RequestKind kind, RequestStatus status) {
        if (kind != RequestKind.CONSULTATION) {
            return "consultation.request.notConsultation";
        }
        return OPEN.contains(status) ? null : "consultation.request.notOpen";
    }

    /** A checked slot: its start and end instants. */
    public record Slot(Instant start, Instant end) {
    }

    /**
     * Checks a slot typed as office-local date and times; adds problems for the fields {@code date},
     * {@code startTime}, {@code endTime} and returns the slot, or null when it is not acceptable.
     */
    public static Slot slot(List<Problem> problems, OfficeCalendar calendar, LocalDate date, LocalTime start,
            LocalTime end, Instant now) {
        int before = problems.size();
        if (date == null) {
            problems.add(new Problem("date", "validation.required"));
        }
        if (start == null) {
            problems.add(new Problem("startTime", "validation.required"));
        }
        if (end == null) {
            problems.add(new Problem("endTime", "validation.required"));
        }
        if (problems.size() > before) {
            return null;
        }
        if (!end.isAfter(start)) {
            problems.add(new Problem("endTime", "consultation.slot.endBeforeStart"));
        }
        Optional<OfficeCalendar.Hours> hours = calendar.hours(date);
        if (hours.isEmpty()) {
            problems.add(new Problem("date", "consultation.slot.notWorkingDay"));
        } else if (start.isBefore(hours.get().opens()) || end.isAfter(hours.get().closes())) {
            problems.add(new Problem("startTime", "consultation.slot.outsideHours", hours.get().opens().toString(),
                    hours.get().closes().toString()));
        }
        ZonedDateTime from = date.atTime(start).atZone(calendar.zone());
        if (!from.toInstant().isAfter(now)) {
            problems.add(new Problem("date", "consultation.slot.past"));
        }
        return problems.size() > before ? null
                : new Slot(from.toInstant(), date.atTime(end).atZone(calendar.zone()).toInstant());
    }

    /** Whether two slots share any time (touching ends do not clash: 10–11 and 11–12 are both fine). */
    public static boolean overlaps(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    /** CON-4: the official plus the companions make at least {@link #MIN_OFFICERS} officers. */
    public static boolean enoughOfficers(int companions) {
        return 1 + companions >= MIN_OFFICERS;
    }

    /** Whether {@code actor} arranges sessions of a request assigned to {@code assignee} (may be null). */
    public static boolean mayArrange(StaffAccount actor, StaffAccount assignee) {
        return actor.hasAnyRole(ARRANGERS) || same(actor, assignee);
    }

    /** The same staff member (usernames are unique; works for accounts not yet stored, too). */
    public static boolean same(StaffAccount a, StaffAccount b) {
        return a != null && b != null && a.getUsername().equals(b.getUsername());
    }
}
