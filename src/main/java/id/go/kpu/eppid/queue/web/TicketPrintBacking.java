package id.go.kpu.eppid.queue.web;

import id.go.kpu.eppid.queue.application.QueueBoard;
import id.go.kpu.eppid.queue.application.TicketView;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs the printable ticket of one of the office's tickets: number, service, time, office and seed 002's rule. */
@Named
@RequestScoped
public class TicketPrintBacking {

    @Inject
    private QueueBoard board;
    @Inject
    private CurrentStaff currentStaff;

    private Long id;
    private TicketView ticket;
    private String advice;

    /** View action: another office's ticket, or none, answers 404. */
    public void load() throws IOException {
        long office = currentStaff.officeId();
        ticket = id == null ? null : board.find(office, id).orElse(null);
        if (ticket == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Messages m = Faces.messages();
        advice = board.advice(office, id).map(a -> a.directDesk() != null
                ? m.get("queue.advice.direct", a.directDesk())
                : a.ahead() == 0 ? m.get("queue.advice.next") : m.get("queue.advice.wait", a.ahead())).orElse("");
    }

    public String getIssuedAt() {
        return OfficeDateFormat.dateTime(ticket.issuedAt().atZone(currentStaff.getOffice().getZone()),
                Faces.messages().locale());
    }

    public String getOfficeName() {
        return currentStaff.getOffice().getName();
    }

    public String getOfficeAddress() {
        return currentStaff.getOffice().getAddress();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public String getAdvice() {
        return advice;
    }
}
