package id.go.kpu.eppid.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** An office's opening and closing for one service on one weekday, in the office's zone; no row = closed. */
@Entity
@Table(name = "service_hours")
public class ServiceHoursRow {

    /** Office, service and ISO weekday (1 = Monday). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "office_id")
        private long officeId;

        @Enumerated(EnumType.STRING)
        @Column(length = 20)
        private ServiceKind service;

        @Column(name = "weekday")
        private int weekday;

        protected Key() {
        }

        public Key(long officeId, ServiceKind service, DayOfWeek day) {
            this.officeId = officeId;
            this.service = service;
            this.weekday = day.getValue();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.officeId == officeId && k.service == service && k.weekday == weekday;
        }

        @Override
        public int hashCode() {
            return Objects.hash(officeId, service, weekday);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected ServiceHoursRow() {
    }

    public ServiceHoursRow(long officeId, ServiceKind service, DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        this.key = new Key(officeId, service, day);
        set(opensAt, closesAt);
    }

    public void set(LocalTime opensAt, LocalTime closesAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closes before it opens");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public long getOfficeId() {
        return key.officeId;
    }

    public ServiceKind getService() {
        return key.service;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(key.weekday);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }
}
