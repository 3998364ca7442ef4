package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.GuestBookSearch;
import id.go.kpu.eppid.guestbook.application.GuestQuery;
import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.guestbook.domain.VisitPurpose;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Backs the searchable guest book (HD-4): the office's visits, newest first, filtered by dates, purpose and words,
 * paged in the database; and the printable day (PDF).
 */
@Named
@ViewScoped
public class GuestBookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient GuestBookSearch search;
    @Inject
    private transient CurrentStaff currentStaff;

    private LocalDate from;
    private LocalDate to;
    private VisitPurpose purpose;
    private String text;
    private LocalDate printDay;

    private final PagedModel<GuestEntry> model = new PagedModel<>(
            () -> search.count(currentStaff.officeId(), query()),
            (first, size, sort) -> search.page(currentStaff.officeId(), query(), first, size),
            GuestEntry::getId);

    private GuestQuery query() {
        ZoneId zone = currentStaff.getOffice().getZone();
        return new GuestQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), purpose, text);
    }

    public void reset() {
        from = null;
        to = null;
        purpose = null;
        text = null;
    }

    /** The day to print, today (office time) unless chosen. */
    public LocalDate getPrintDay() {
        if (printDay == null) {
            printDay = LocalDate.now(currentStaff.getOffice().getZone());
        }
        return printDay;
    }

    public void setPrintDay(LocalDate printDay) {
        this.printDay = printDay;
    }

    public PagedModel<GuestEntry> getModel() {
        return model;
    }

    public VisitPurpose[] getPurposes() {
        return VisitPurpose.values();
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

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(VisitPurpose purpose) {
        this.purpose = purpose;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
