package id.go.kpu.eppid.objection.domain;

import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * LAW-3: when the reason for an objection arises and until when it can be filed. UU 14/2008 Pasal 36 ayat (1): within
 * 30 working days after the reason arises — the PPID's written notice, or, when no notice came, the day the
 * request's deadline passed unanswered (Pasal 35 ayat (1) huruf c). The window's end comes from the objection
 * deadline regime and the office's calendar (the same date the refusal letter names).
 *
 * @param reasonAt when the reason arose
 * @param reason what it was
 * @param closesAt the end of the last working day to file
 */
public record ObjectionWindow(Instant reasonAt, Reason reason, Instant closesAt) {

    /** What started the window. */
    public enum Reason {
        /** The PPID's written notice of its decision. */
        NOTICE,
        /** The request's deadline passed with no notice. */
        NO_ANSWER
    }

    /** UU 14/2008 Pasal 36 ayat (1) and Pasal 37 ayat (2) give these in working days. */
    public static final int FILING_WORKING_DAYS = 30;
    public static final int COMMISSION_WORKING_DAYS = 14;

    /** Whether an objection made at {@code at} is in time. */
    public boolean openAt(Instant at) {
        return !at.isAfter(closesAt);
    }

    /**
     * When the reason arose: the notice if there is one, else the due date once it has passed; empty while the
     * request is still within its deadline with no notice (nothing to object to yet).
     */
    public static Optional<ReasonAt> reason(Instant noticeAt, Instant dueAt, Instant now) {
        if (noticeAt != null) {
            return Optional.of(new ReasonAt(noticeAt, Reason.NOTICE));
        }
        if (dueAt != null && now.isAfter(dueAt)) {
            return Optional.of(new ReasonAt(dueAt, Reason.NO_ANSWER));
        }
        return Optional.empty();
    }

    /** A reason and when it arose. */
    public record ReasonAt(Instant at, Reason reason) {
    }

    /**
     * UU 14/2008 Pasal 37 ayat (2): the last day to take the dispute to the Information Commission, 14 working days
     * after the superior's written answer.
     */
    public static LocalDate commissionDeadline(OfficeCalendar calendar, Instant answeredAt) {
        return calendar.plusWorkingDays(answeredAt.atZone(calendar.zone()).toLocalDate(), COMMISSION_WORKING_DAYS);
    }
}
