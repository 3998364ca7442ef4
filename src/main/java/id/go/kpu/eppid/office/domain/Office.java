package id.go.kpu.eppid.office.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A KPU office (ORG-1): national, province or regency/city, with its own time zone and service hours.
 * Every request, staff account and letter belongs to exactly one office.
 */
@Entity
@Table(name = "office")
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OfficeLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Office parent;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 150)
    private String email;

    @Column(length = 20)
    private String whatsapp;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @Column(name = "friday_closes_at")
    private LocalTime fridayClosesAt;

    protected Office() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OfficeLevel getLevel() {
        return level;
    }

    /** ORG-1: this office and every office above it, this one first (the escalation path, who publishes for it). */
    public List<Office> chain() {
        List<Office> chain = new ArrayList<>();
        for (Office o = this; o != null; o = o.parent) {
            chain.add(o);
        }
        return chain;
    }

    public Office getParent() {
        return parent;
    }

    /** The office's own time zone: WIB, WITA or WIT. All dates shown for this office use it. */
    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public String getWhatsapp() {
        return whatsapp;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    /** Closing time of the service on that weekday (Friday may close at another time). */
    public LocalTime closesAt(DayOfWeek day) {
        return day == DayOfWeek.FRIDAY ? getFridayClosesAt() : closesAt;
    }

    /** Closing time on Friday; falls back to the ordinary closing time. */
    public LocalTime getFridayClosesAt() {
        return fridayClosesAt != null ? fridayClosesAt : closesAt;
    }
}
