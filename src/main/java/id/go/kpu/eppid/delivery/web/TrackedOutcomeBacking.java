package id.go.kpu.eppid.delivery.web;

import id.go.kpu.eppid.delivery.application.TrackedDocuments;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.request.web.ReceiptAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome part of the public tracking page: the decision and the documents to download, for a request this
 * browser session opened with its tracking code.
 */
@Named
@RequestScoped
public class TrackedOutcomeBacking {

    @Inject
    private TrackedDocuments documents;
    @Inject
    private ReceiptAccess access;

    // the page reads each value several times in one render: looked up once per request
    private final Map<Long, Optional<DecisionOutcome>> outcomes = new HashMap<>();
    private final Map<Long, List<TrackedDocuments.Document>> documentLists = new HashMap<>();

    public DecisionOutcome outcome(long requestId) {
        return outcomes.computeIfAbsent(requestId,
                id -> access.find(id).isPresent() ? documents.outcome(id) : Optional.empty()).orElse(null);
    }

    public List<TrackedDocuments.Document> documents(long requestId) {
        return documentLists.computeIfAbsent(requestId,
                id -> access.find(id).isPresent() ? documents.documents(id) : List.of());
    }
}
