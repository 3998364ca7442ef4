package id.go.kpu.eppid.dip.web;

import id.go.kpu.eppid.dip.application.InformationList;
import id.go.kpu.eppid.dip.domain.DipCategory;
import id.go.kpu.eppid.dip.domain.DipEntry;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the public {@code /dip.xhtml?office=5371} (LAW-4): an office's list of public information (DIP), searched in
 * Indonesian and by category; excepted entries with their Pasal 17 category, consequence test and end date, an
 * ended exception marked as under review. No personal data.
 */
@Named
@ViewScoped
public class PublicDipBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InformationList list;
    @Inject
    private transient OfficeDirectory offices;

    private Office office;
    private String query;
    private DipCategory category;
    private List<DipEntry> entries;

    @PostConstruct
    void init() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("office");
        office = offices.orNational(code).orElse(null);
        search();
    }

    public void search() {
        entries = office == null ? List.of() : list.search(office.getId(), query, category, false);
    }

    public boolean isExpired(DipEntry e) {
        return office != null && e.isExpired(LocalDate.now(office.getZone()));
    }

    public String getOfficeName() {
        return office == null ? "" : office.getName();
    }

    public String getOfficeCode() {
        return office == null ? "" : office.getCode();
    }

    public List<DipCategory> getCategories() {
        return List.of(DipCategory.values());
    }

    public List<DipEntry> getEntries() {
        return entries;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public DipCategory getCategory() {
        return category;
    }

    public void setCategory(DipCategory category) {
        this.category = category;
    }
}
