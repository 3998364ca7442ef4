package id.go.kpu.eppid.objection.web;

import id.go.kpu.eppid.objection.application.Objections;
import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.objection.domain.ObjectionChannel;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.ReportYears;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /staff/objections.xhtml} (LAW-3, LAW-4): the office's objection register for a year, with Excel and
 * PDF, and, for the desk, recording an objection brought in person or by letter against one of the office's
 * requests.
 */
@Named
@ViewScoped
public class ObjectionRegisterBacking extends ObjectionFields {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Objections objections;
    @Inject
    private transient CurrentStaff currentStaff;

    private int year;
    private int thisYear;
    private List<Objection> rows;
    private String requestNumber;
    private ObjectionChannel channel = ObjectionChannel.DESK;
    private LocalDate receivedOn;

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        thisYear = LocalDate.now(me.getOffice().getZone()).getYear();
        year = ReportYears.requested(thisYear);
        rows = objections.register(me.getOffice().getId(), year);
        receivedOn = LocalDate.now(me.getOffice().getZone());
    }

    /** Sends a 404 to staff who do not work on requests. */
    public void check() {
        if (!currentStaff.get().hasAnyRole(Role.REQUEST_WORKERS)) {
            Faces.notFound();
        }
    }

    /** Records the objection and opens it. */
    public String file() {
        Long[] id = new Long[1];
        String outcome = PageSteps.run(() -> {
            Objection o = objections.fileAtDesk(currentStaff.get(), requestNumber, channel, receivedOn, input());
            id[0] = o.getId();
            return o.getNumber();
        }, "objection.recorded", FORM, null, "/staff/objection?faces-redirect=true");
        if (outcome == null) {
            return null;
        }
        reset();
        return outcome + "&id=" + id[0];
    }

    public boolean isDesk() {
        return currentStaff.get().hasAnyRole(Objections.DESK);
    }

    public boolean isLate(Objection o) {
        return o.isLate(Instant.now());
    }

    public List<Integer> getYears() {
        return ReportYears.recent(thisYear, 5);
    }

    public List<ObjectionChannel> getChannels() {
        return List.of(ObjectionChannel.DESK, ObjectionChannel.LETTER);
    }

    public int getYear() {
        return year;
    }

    public List<Objection> getRows() {
        return rows;
    }

    public String getRequestNumber() {
        return requestNumber;
    }

    public void setRequestNumber(String requestNumber) {
        this.requestNumber = requestNumber;
    }

    public ObjectionChannel getChannel() {
        return channel;
    }

    public void setChannel(ObjectionChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
