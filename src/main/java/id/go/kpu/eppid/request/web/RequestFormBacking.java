package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.LocaleBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * Backs the public request form (information or consultation, REQ-2 / CON-2, channel online; REQ-7): the office and
 * kind come from the URL; the fields and uploads are {@link RequestFields}.
 */
@Named
@ViewScoped
public class RequestFormBacking extends RequestFields {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OfficeDirectory offices;
    @Inject
    private transient RequestIntake intake;
    @Inject
    private ReceiptAccess receipts;
    @Inject
    private LocaleBean localeBean;

    private Long officeParam;
    private String kindParam;
    private Long officeId;
    private String officeName;
    private RequestKind kind;
    private final String submissionKey = UUID.randomUUID().toString();
    private Receipt receipt;

    /** View action: resolves the office and kind from the URL; unknown ones go back to the office choice. */
    public String load() {
        kind = "consultation".equals(kindParam) ? RequestKind.CONSULTATION
                : "information".equals(kindParam) ? RequestKind.INFORMATION : null;
        Office office = officeParam == null ? null : offices.findById(officeParam).orElse(null);
        if (office == null || kind == null) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Faces.error(null, "form.officeMissing");
            return "/index?faces-redirect=true";
        }
        officeId = office.getId();
        officeName = office.getName();
        return null;
    }

    /** Submits; on success goes to the receipt, otherwise shows each problem next to its field. */
    public synchronized String submit() {
        if (receipt == null) {
            try {
                receipt = intake.submit(command(), files(), RequestEvent.APPLICANT);
            } catch (InvalidInputException e) {
                show(e);
                Faces.error(null, "form.fixErrors");
                return null;
            }
        }
        receipts.grant(receipt);
        return "/request/receipt?faces-redirect=true&id=" + receipt.requestId();
    }

    private IntakeCommand command() {
        return command(officeId, kind, Channel.ONLINE, submissionKey, localeBean.getLocale());
    }

    @Override
    public RequestKind getKind() {
        return kind;
    }

    public Long getOfficeParam() {
        return officeParam;
    }

    public void setOfficeParam(Long officeParam) {
        this.officeParam = officeParam;
    }

    public String getKindParam() {
        return kindParam;
    }

    public void setKindParam(String kindParam) {
        this.kindParam = kindParam;
    }

    public String getOfficeName() {
        return officeName;
    }
}
