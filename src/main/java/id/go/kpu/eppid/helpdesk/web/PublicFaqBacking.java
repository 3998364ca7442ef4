package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.FaqCatalog;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.FaqEntry;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the public {@code /faq.xhtml?office=1811} (HD-6): the published FAQ SIPOL a party sees at an office (the
 * national entries and those of its province), searched in Indonesian and by category. No personal data.
 */
@Named
@ViewScoped
public class PublicFaqBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FaqCatalog catalog;
    @Inject
    private transient OfficeDirectory offices;

    private Office office;
    private String query;
    private ConsultationTopic category;
    private List<FaqEntry> entries;

    @PostConstruct
    void init() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("office");
        office = offices.orNational(code).orElse(null);
        search();
    }

    public void search() {
        entries = office == null ? List.of() : catalog.search(office, query, category);
    }

    public String getOfficeName() {
        return office == null ? "" : office.getName();
    }

    public List<ConsultationTopic> getCategories() {
        return List.of(ConsultationTopic.values());
    }

    public List<FaqEntry> getEntries() {
        return entries;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ConsultationTopic getCategory() {
        return category;
    }

    public void setCategory(ConsultationTopic category) {
        this.category = category;
    }
}
