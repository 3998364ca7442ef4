package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.RequestWorklist;
import id.go.kpu.eppid.request.application.WorklistQuery;
import id.go.kpu.eppid.request.application.WorklistRow;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs the officer worklist: the office's requests in a lazily loaded table, filtered, sorted and paged in the
 * database, 25 a page. The office is the signed-in staff member's.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestWorklist worklist;

    @Inject
    private transient CurrentStaff currentStaff;

    private RequestKind kind;
    private RequestStatus status;
    private Channel channel;
    private LocalDate from;
    private LocalDate to;
    private String text;

    private final PagedModel<WorklistRow> model = new PagedModel<>(
            () -> worklist.count(currentStaff.getOffice(), query(Map.of())),
            (first, size, sortBy) -> worklist.page(currentStaff.getOffice(), query(sortBy), first, size),
            WorklistRow::id);

    private WorklistQuery query(Map<String, SortMeta> sortBy) {
        WorklistQuery.Sort sort = WorklistQuery.Sort.DUE;
        boolean ascending = true;
        SortMeta meta = sortBy.values().stream().findFirst().orElse(null);
        if (meta != null && meta.getOrder() != SortOrder.UNSORTED) {
            sort = "receivedAt".equals(meta.getField()) ? WorklistQuery.Sort.RECEIVED : WorklistQuery.Sort.DUE;
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        return new WorklistQuery(kind, status, channel, from, to, text, sort, ascending);
    }

    /** Clears every filter. */
    public void reset() {
        kind = null;
        status = null;
        channel = null;
        from = null;
        to = null;
        text = null;
    }

    public PagedModel<WorklistRow> getModel() {
        return model;
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getZoneId() {
        return currentStaff.getOffice().getTimeZone();
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
