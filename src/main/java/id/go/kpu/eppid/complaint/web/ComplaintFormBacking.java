package id.go.kpu.eppid.complaint.web;

import id.go.kpu.eppid.complaint.application.Complaints;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the public {@code /complaint.xhtml?office=5371} (REQ-9): a complaint, suggestion or appreciation to an
 * office's Chair — name and contact optional — with an optional attachment; the sender gets its number.
 */
@Named
@ViewScoped
public class ComplaintFormBacking extends ComplaintFields {

    private static final long serialVersionUID = 1L;
    static final String FORM = "cmp:";

    @Inject
    private transient Complaints complaints;
    @Inject
    private transient OfficeDirectory offices;

    private Long officeId;
    private String sentNumber;

    public ComplaintFormBacking() {
        super(FORM);
    }

    @PostConstruct
    void init() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("office");
        officeId = code == null ? null : offices.findByCode(code).map(Office::getId).orElse(null);
    }

    public void submit() {
        try {
            sentNumber = complaints.submit(officeId == null ? -1 : officeId, input()).getNumber();
            sent();
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public String getSentNumber() {
        return sentNumber;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }
}
