package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A member on duty on a day (HD-2): the desk, whether they are the day's daily coordinator, and their sign-in on the
 * officers' attendance list — expected {@value #EARLY_MINUTES} minutes before the helpdesk opens (seed 001 C.b.1).
 */
@Entity
@Table(name = "helpdesk_duty")
public class HelpdeskDuty {

    /** Officers arrive this many minutes before opening. */
    public static final int EARLY_MINUTES = 10;

    /** Where a duty's attendance stands. */
    public enum Attendance { EXPECTED, ON_TIME, LATE, NOT_SIGNED_IN, ABSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "duty_date", nullable = false, updatable = false)
    private LocalDate dutyDate;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private HelpdeskTeamMember member;

    @Column(length = 40)
    private String desk;

    @Column(name = "daily_coordinator", nullable = false)
    private boolean dailyCoordinator;

    @Column(name = "signed_in_at")
    private Instant signedInAt;

    @Column(name = "signed_in_by", length = 60)
    private String signedInBy;

    protected HelpdeskDuty() {
    }

    public HelpdeskDuty(long officeId, LocalDate dutyDate, HelpdeskTeamMember member, String desk,
            boolean dailyCoordinator) {
        this.officeId = officeId;
        this.dutyDate = dutyDate;
        this.member = member;
        this.desk = desk;
        this.dailyCoordinator = dailyCoordinator;
    }

    /** Signs the attendance list (once). */
    public void signIn(Instant now, String by) {
        if (signedInAt == null) {
            this.signedInAt = now;
            this.signedInBy = by;
        }
    }

    /**
     * The attendance at {@code now} for a day the helpdesk opens at {@code opens} and closes at {@code closes} (null:
     * closed that day): on time when signed by {@value #EARLY_MINUTES} minutes before opening, late after; not signed
     * in yet during the day, absent once the day is over.
     */
    public Attendance attendance(LocalTime opens, LocalTime closes, ZoneId zone, Instant now) {
        if (opens == null) {
            return signedInAt == null ? Attendance.EXPECTED : Attendance.ON_TIME;
        }
        Instant expected = dutyDate.atTime(opens).atZone(zone).toInstant().minus(Duration.ofMinutes(EARLY_MINUTES));
        if (signedInAt != null) {
            return signedInAt.isAfter(expected) ? Attendance.LATE : Attendance.ON_TIME;
        }
        if (now.isBefore(expected)) {
            return Attendance.EXPECTED;
        }
        Instant end = dutyDate.atTime(closes == null ? LocalTime.MAX : closes).atZone(zone).toInstant();
        return now.isBefore(end) ? Attendance.NOT_SIGNED_IN : Attendance.ABSENT;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public LocalDate getDutyDate() {
        return dutyDate;
    }

    public HelpdeskTeamMember getMember() {
        return member;
    }

    public String getDesk() {
        return desk;
    }

    public boolean isDailyCoordinator() {
        return dailyCoordinator;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public String getSignedInBy() {
        return signedInBy;
    }
}
