package id.go.kpu.eppid.queue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A service desk of an office ("Meja 1") and the queue services it serves. A desk is staffed while an officer has
 * chosen it on the console; a staffed desk without a called or served ticket is free.
 */
@Entity
@Table(name = "queue_desk")
public class ServiceDesk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "staff_username", length = 60)
    private String staffUsername;

    @Column(name = "staffed_since")
    private Instant staffedSince;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_desk_service", joinColumns = @JoinColumn(name = "desk_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = 20)
    private Set<QueueService> services = EnumSet.noneOf(QueueService.class);

    protected ServiceDesk() {
    }

    public boolean serves(QueueService service) {
        return services.contains(service);
    }

    /** The officer takes the desk (another officer's hold ends). */
    public void staff(String username, Instant at) {
        if (!username.equals(staffUsername)) {
            staffUsername = username;
            staffedSince = at;
        }
    }

    public void leave() {
        staffUsername = null;
        staffedSince = null;
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public Instant getStaffedSince() {
        return staffedSince;
    }

    public Set<QueueService> getServices() {
        return services.isEmpty() ? EnumSet.noneOf(QueueService.class) : EnumSet.copyOf(services);
    }
}
