package id.go.kpu.eppid.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A day that is not a working day although its weekday is (REQ-8): a national holiday or collective leave for every
 * office ({@code officeId} null), or one office's own closure; with its legal source (e.g. the joint decree of the
 * year) and whether the office confirmed it (the shipped national list is to be confirmed).
 */
@Entity
@Table(name = "calendar_day_off")
public class DayOff {

    public static final int NAME_LENGTH = 200;
    public static final int SOURCE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id")
    private Long officeId;

    @Column(nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayOffKind kind;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "legal_source", nullable = false, length = SOURCE_LENGTH)
    private String legalSource;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DayOff() {
    }

    public DayOff(Long officeId, LocalDate day, DayOffKind kind, String name, String legalSource, boolean confirmed,
            String by, Instant at) {
        this.officeId = officeId;
        this.day = day;
        change(kind, name, legalSource, confirmed, by, at);
    }

    public void change(DayOffKind kind, String name, String legalSource, boolean confirmed, String by, Instant at) {
        this.kind = kind;
        this.name = name;
        this.legalSource = legalSource;
        this.confirmed = confirmed;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    /** Null for a national day off (every office). */
    public Long getOfficeId() {
        return officeId;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayOffKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
