package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A request as staff see it: only within their own office (ORG-2), files only for the roles that need them, and
 * every view of an ID scan written to the request's audit trail.
 */
@ApplicationScoped
public class RequestRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestUploads uploads;

    /** The request with this id when it belongs to the staff member's office; empty otherwise. */
    public Optional<ServiceRequest> find(long id, StaffAccount staff) {
        return em.createQuery("select r from ServiceRequest r join fetch r.applicant join fetch r.office "
                        + "where r.id = :id and r.office.id = :office", ServiceRequest.class)
                .setParameter("id", id)
                .setParameter("office", staff.getOffice().getId())
                .getResultStream().findFirst();
    }

    public List<RequestFile> files(ServiceRequest request) {
        return em.createQuery("select f from RequestFile f where f.request = :r order by f.id", RequestFile.class)
                .setParameter("r", request).getResultList();
    }

    /** The request's files of one kind (e.g. the data prepared for the applicant), oldest first. */
    public List<RequestFile> files(ServiceRequest request, FileKind kind) {
        return em.createQuery("select f from RequestFile f where f.request = :r and f.kind = :k order by f.id",
                RequestFile.class).setParameter("r", request).setParameter("k", kind).getResultList();
    }

    /** The full audit trail, oldest first. */
    public List<RequestEvent> events(ServiceRequest request) {
        return em.createQuery("select e from RequestEvent e where e.request = :r order by e.id", RequestEvent.class)
                .setParameter("r", request).getResultList();
    }

    /** May this staff member open files of this kind? ID scans only for {@link Role#ID_SCAN_READERS}. */
    public static boolean mayView(StaffAccount staff, FileKind kind) {
        return kind == FileKind.ID_SCAN ? staff.hasAnyRole(Role.ID_SCAN_READERS)
                : staff.hasAnyRole(Role.REQUEST_WORKERS);
    }

    /** An opened file with what a response needs. */
    public record OpenedFile(RequestFile file, InputStream content) {
    }

    /**
     * Opens a file of a request of the staff member's office and records the view (who, when, which file).
     * Empty when the file does not exist, belongs to another office, or the role may not see it.
     */
    @Transactional
    public Optional<OpenedFile> open(long fileId, StaffAccount staff) throws IOException {
        Optional<RequestFile> found = em.createQuery("select f from RequestFile f join fetch f.request r "
                        + "where f.id = :id and r.office.id = :office", RequestFile.class)
                .setParameter("id", fileId)
                .setParameter("office", staff.getOffice().getId())
                .getResultStream().findFirst();
        if (found.isEmpty() || !mayView(staff, found.get().getKind())) {
            return Optional.empty();
        }
        RequestFile file = found.get();
        em.persist(new RequestEvent(file.getRequest(), Instant.now(), staff.getUsername(), EventAction.FILE_VIEWED,
                null, null, file.getKind().name() + " #" + file.getId()));
        return Optional.of(new OpenedFile(file, uploads.open(file.getStoredName())));
    }
}
