package id.go.kpu.eppid.outgoing.web;

import id.go.kpu.eppid.outgoing.application.LetterTemplates;
import id.go.kpu.eppid.outgoing.domain.LetterTemplate;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs the administrator's letter-template page ({@code /staff/admin/letter-templates.xhtml}): pick a letter type
 * and language, edit the office's copy of subject and body (or go back to the national default), preview it as PDF
 * with sample facts, and set the office's number format with a live example. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class LetterTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tpl:";

    @Inject
    private transient LetterTemplates templates;
    @Inject
    private transient CurrentStaff currentStaff;

    private OutgoingLetterType type = OutgoingLetterType.ACCEPTANCE;
    private String language = "id";
    private String subject;
    private String body;
    private boolean officeCopy;
    private String updatedBy;
    private String numberFormat;
    private boolean previewReady;

    @PostConstruct
    void init() {
        numberFormat = templates.numberFormat(me().getOffice().getId()).pattern();
        load();
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    /** Shows the template the office uses for the chosen type and language. */
    public void load() {
        if (type == null || language == null) {
            return;
        }
        long office = me().getOffice().getId();
        LetterTemplate t = templates.effective(office, type, language);
        subject = t.getSubject();
        body = t.getBody();
        officeCopy = !t.isNationalDefault();
        updatedBy = t.getUpdatedBy();
        previewReady = false;
    }

    public void save() {
        try {
            templates.save(me(), type, language, subject, body);
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            return;
        }
        officeCopy = true;
        updatedBy = me().getUsername();
        Faces.info(null, "outgoing.templates.saved");
    }

    public void reset() {
        try {
            templates.resetToDefault(me(), type, language);
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            return;
        }
        load();
        Faces.info(null, "outgoing.templates.resetDone");
    }

    /** Renders the typed (unsaved) template with sample facts; the page then links to the PDF. */
    public void preview() {
        try {
            byte[] pdf = templates.preview(me(), type, language, subject, body, numberFormat);
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                    .put(LetterPreviewServlet.SESSION_KEY, pdf);
            previewReady = true;
        } catch (InvalidInputException e) {
            previewReady = false;
            Faces.show(e, FORM);
            return;
        }
        Faces.info(null, "outgoing.templates.previewReady");
    }

    public void saveNumberFormat() {
        try {
            numberFormat = templates.saveNumberFormat(me(), numberFormat).pattern();
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            return;
        }
        Faces.info(null, "outgoing.numberFormat.saved");
    }

    /** The number the typed format gives the first letter of this month, or empty when it is not valid yet. */
    public String getExampleNumber() {
        try {
            return templates.exampleNumber(me(), numberFormat);
        } catch (InvalidInputException e) {
            return "—";
        }
    }

    public OutgoingLetterType[] getTypes() {
        return OutgoingLetterType.values();
    }

    public java.util.List<String> getLanguages() {
        return LetterTemplates.LANGUAGES;
    }

    public OutgoingLetterType getType() {
        return type;
    }

    public void setType(OutgoingLetterType type) {
        this.type = type;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isOfficeCopy() {
        return officeCopy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public boolean isPreviewReady() {
        return previewReady;
    }
}
