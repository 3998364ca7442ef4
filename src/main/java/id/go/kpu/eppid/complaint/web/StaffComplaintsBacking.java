package id.go.kpu.eppid.complaint.web;

import id.go.kpu.eppid.complaint.application.Complaints;
import id.go.kpu.eppid.complaint.domain.Complaint;
import id.go.kpu.eppid.complaint.domain.ComplaintChannel;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /staff/complaints.xhtml} (REQ-9): the office's complaints, suggestions and appreciation of the year
 * with counts by kind, open ones and the average time to answer; the Chair or Secretary answers each; the desk
 * registers those that came by letter, e-mail or in person.
 */
@Named
@ViewScoped
public class StaffComplaintsBacking extends ComplaintFields {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "cd:";

    @Inject
    private transient Complaints complaints;
    @Inject
    private transient CurrentStaff currentStaff;

    private List<Complaint> rows;
    private Complaints.Figures figures;
    private final Map<Long, String> responses = new HashMap<>();
    private ComplaintChannel channel = ComplaintChannel.LETTER;
    private LocalDate receivedOn;

    public StaffComplaintsBacking() {
        super(FORM);
    }

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        receivedOn = LocalDate.now(me.getOffice().getZone());
        rows = complaints.of(me.getOffice().getId(), receivedOn.getYear());
        figures = Complaints.figures(rows);
    }

    /** Sends a 404 to staff who do not handle complaints. */
    public void check() {
        if (!currentStaff.get().hasAnyRole(Complaints.READERS)) {
            Faces.notFound();
        }
    }

    /** The answer of one complaint (each in its own form {@code answer<id>}). */
    public String answer(long id) {
        return PageSteps.run(() -> complaints.answer(currentStaff.get(), id, responses.get(id)).getNumber(),
                "complaint.answered", "answer" + id + ":", null, "/staff/complaints?faces-redirect=true");
    }

    public String register() {
        String outcome = PageSteps.run(() -> complaints.registerAtDesk(currentStaff.get(), channel, receivedOn,
                input()).getNumber(), "complaint.registered", FORM, null, "/staff/complaints?faces-redirect=true");
        if (outcome != null) {
            sent();
        }
        return outcome;
    }

    public boolean isMayAnswer() {
        return currentStaff.get().hasAnyRole(Complaints.ANSWERERS);
    }

    public List<ComplaintChannel> getChannels() {
        return List.of(ComplaintChannel.LETTER, ComplaintChannel.EMAIL, ComplaintChannel.DESK);
    }

    public List<Complaint> getRows() {
        return rows;
    }

    public Complaints.Figures getFigures() {
        return figures;
    }

    public Map<Long, String> getResponses() {
        return responses;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
