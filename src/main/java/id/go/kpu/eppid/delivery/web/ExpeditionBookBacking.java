package id.go.kpu.eppid.delivery.web;

import id.go.kpu.eppid.delivery.application.ExpeditionBook;
import id.go.kpu.eppid.delivery.domain.HandOver;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Backs {@code /staff/delivery/book.xhtml}: the office's expedition book for a period, paged, and its PDF. */
@Named
@ViewScoped
public class ExpeditionBookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ExpeditionBook book;
    @Inject
    private transient CurrentStaff currentStaff;

    private LocalDate from;
    private LocalDate to;
    private PagedModel<HandOver> model;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(currentStaff.getOffice().getZone());
        from = today.withDayOfMonth(1);
        to = today;
        model = new PagedModel<>(() -> book.count(currentStaff.getOffice(), from, to),
                (first, size, sort) -> book.page(currentStaff.getOffice(), from, to, first, size), HandOver::getId);
    }

    /** Applies the period; an inverted period is refused with a message. */
    public void search() {
        if (from == null || to == null || to.isBefore(from)) {
            Faces.error("book:to", "expedition.period.invalid");
        }
    }

    public PagedModel<HandOver> getModel() {
        return model;
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
}
