package id.go.kpu.eppid.delivery.application;

import id.go.kpu.eppid.delivery.domain.HandOver;
import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.processing.application.RequestDecisions;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.processing.domain.RequestAnalysis;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the applicant sees of the outcome on the public tracking page, once they proved their tracking code: the
 * decision, and — when it was delivered electronically (e-mail or WhatsApp) — the reply letter and the data to
 * download. Each download is written in the request's history. Nothing else of the request is exposed.
 */
@ApplicationScoped
public class TrackedDocuments {

    /** A document the applicant may download: {@code kind} "letter" or "data". */
    public record Document(String kind, long id, String name) implements Serializable {
    }

    /** An opened document. */
    public record Opened(FileDetails details, InputStream content) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestDecisions decisions;
    @Inject
    private OutgoingLetters letters;
    @Inject
    private PortalFiles files;
    @Inject
    private RequestRecords records;

    /** The decision on the request, if any. */
    public Optional<DecisionOutcome> outcome(long requestId) {
        ServiceRequest r = em.find(ServiceRequest.class, requestId);
        return r == null ? Optional.empty() : decisions.analysis(r).map(RequestAnalysis::getOutcome);
    }

    /** The documents the applicant may download (empty until an electronic hand-over). */
    public List<Document> documents(long requestId) {
        ServiceRequest r = em.find(ServiceRequest.class, requestId);
        List<Document> documents = new ArrayList<>();
        if (r == null) {
            return documents;
        }
        List<HandOver> electronic = em.createQuery("select h from HandOver h where h.request = :r", HandOver.class)
                .setParameter("r", r).getResultStream().filter(h -> h.getMethod().electronic()).toList();
        if (electronic.isEmpty()) {
            return documents;
        }
        boolean data = electronic.stream().anyMatch(h -> h.getContent().includesData());
        for (OutgoingLetter l : letters.approvedLetters(r)) {
            if (electronic.stream().anyMatch(h -> l.getId().equals(h.getLetterId()))) {
                documents.add(new Document("letter", l.getId(), l.getPdf().getOriginalName()));
            }
        }
        if (data) {
            records.files(r, FileKind.DATA).forEach(f -> documents.add(new Document("data", f.getId(),
                    f.getOriginalName())));
        }
        return documents;
    }

    /** Opens a document of {@link #documents} and records the download; empty when it is not one of them. */
    @Transactional
    public Optional<Opened> open(long requestId, String kind, long id) throws IOException {
        Optional<Document> doc = documents(requestId).stream()
                .filter(d -> d.kind().equals(kind) && d.id() == id).findFirst();
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        ServiceRequest r = em.find(ServiceRequest.class, requestId);
        FileDetails details = "letter".equals(kind)
                ? letters.approvedLetters(r).stream().filter(l -> l.getId() == id).findFirst().orElseThrow().getPdf()
                : em.find(RequestFile.class, id).getDetails();
        em.persist(new RequestEvent(r, Instant.now(), "applicant", EventAction.DOCUMENT_DOWNLOADED, null, null,
                kind + " #" + id));
        return Optional.of(new Opened(details, files.open(details.getStoredName())));
    }
}
