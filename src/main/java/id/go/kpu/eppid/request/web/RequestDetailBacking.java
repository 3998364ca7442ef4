package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestFile;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import id.go.kpu.eppid.deadline.application.DeadlineExplanation;
import id.go.kpu.eppid.shared.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** Backs the staff detail page of one request of the signed-in staff member's office. */
@Named
@RequestScoped
public class RequestDetailBacking {

    @Inject
    private RequestRecords records;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private LocaleBean localeBean;

    private Long id;
    private ServiceRequest request;
    private List<RequestFile> files;
    private List<RequestEvent> events;
    private List<OutgoingMail> mails;

    /** View action: another office's request, or none, is answered 404 (its existence is not revealed). */
    public void load() throws IOException {
        request = id == null ? null : records.find(id, currentStaff.get()).orElse(null);
        if (request == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        files = records.files(request);
        events = records.events(request);
        mails = mailQueue.forRequest(request.getId());
    }

    public boolean mayView(RequestFile file) {
        return RequestRecords.mayView(currentStaff.get(), file.getKind());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public List<RequestFile> getFiles() {
        return files;
    }

    public List<RequestEvent> getEvents() {
        return events;
    }

    /** How the due date was computed (REQ-8), in the page's language. */
    public List<String> getDueExplanation() {
        return request == null ? List.of()
                : DeadlineExplanation.lines(request.getDueTrace(), request.getOffice().getZone(), localeBean.getLocale());
    }

    public List<OutgoingMail> getMails() {
        return mails;
    }
}
