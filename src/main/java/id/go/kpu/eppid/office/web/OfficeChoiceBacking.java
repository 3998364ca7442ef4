package id.go.kpu.eppid.office.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs the home page: the applicant picks the office (KPU RI or a province, then optionally a district/city). */
@Named
@ViewScoped
public class OfficeChoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OfficeDirectory offices;

    private List<OfficeOption> topLevel;
    private List<OfficeOption> children = List.of();
    private Long topId;
    private Long childId;

    /** An office in a choice list. */
    public record OfficeOption(long id, String name) implements Serializable {
    }

    @PostConstruct
    void init() {
        topLevel = offices.topLevel().stream().map(OfficeChoiceBacking::option).toList();
    }

    /** Refreshes the district/city list when the province changes. */
    public void topChanged() {
        childId = null;
        children = topId == null ? List.of() : offices.findById(topId)
                .filter(o -> o.getLevel() == OfficeLevel.PROVINCE)
                .map(o -> offices.children(o.getId()).stream().map(OfficeChoiceBacking::option).toList())
                .orElse(List.of());
    }

    /** The office the form goes to: the district/city when chosen, else the province or KPU RI. */
    public Long getChosenOfficeId() {
        return childId != null ? childId : topId;
    }

    public String start(String kind) {
        if (getChosenOfficeId() == null) {
            id.go.kpu.eppid.shared.web.Faces.error("choice:top", "office.choose.required");
            return null;
        }
        return "/request/form?faces-redirect=true&office=" + getChosenOfficeId() + "&kind=" + kind;
    }

    private static OfficeOption option(Office o) {
        return new OfficeOption(o.getId(), o.getName());
    }

    public List<OfficeOption> getTopLevel() {
        return topLevel;
    }

    public List<OfficeOption> getChildren() {
        return children;
    }

    public Long getTopId() {
        return topId;
    }

    public void setTopId(Long topId) {
        this.topId = topId;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }
}
