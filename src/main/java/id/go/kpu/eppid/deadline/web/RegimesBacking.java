package id.go.kpu.eppid.deadline.web;

import id.go.kpu.eppid.deadline.application.DeadlineRegimes;
import id.go.kpu.eppid.deadline.application.DeadlineRegimes.RegimeInput;
import id.go.kpu.eppid.deadline.domain.DeadlineRegime;
import id.go.kpu.eppid.deadline.domain.RegimeClock;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /staff/admin/regimes.xhtml}: the national deadline regimes (read-only) and the office's own, a form to
 * add one with its legal basis and validity dates, and deactivation.
 */
@Named
@ViewScoped
public class RegimesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reg:";

    @Inject
    private transient DeadlineRegimes regimes;
    @Inject
    private transient CurrentStaff currentStaff;

    private List<DeadlineRegime> list;
    private RegimeScope appliesTo = RegimeScope.INFORMATION;
    private String nameId;
    private String nameEn;
    private RegimeClock clock = RegimeClock.WORKING_DAYS;
    private Integer length;
    private Integer maxExtension = 0;
    private String legalBasis;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        list = regimes.forOffice(currentStaff.officeId());
    }

    public void add() {
        try {
            DeadlineRegime r = regimes.add(currentStaff.get(), new RegimeInput(appliesTo, nameId, nameEn, clock,
                    length, maxExtension, legalBasis, validFrom, validTo));
            Faces.info(null, "regime.added", r.getNameId());
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        nameId = null;
        nameEn = null;
        length = null;
        maxExtension = 0;
        legalBasis = null;
        validFrom = null;
        validTo = null;
        load();
    }

    public void deactivate(DeadlineRegime r) {
        try {
            regimes.deactivate(currentStaff.get(), r.getId());
            Faces.info(null, "regime.deactivated", r.getNameId());
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
        }
        load();
    }

    public RegimeScope[] getScopes() {
        return RegimeScope.values();
    }

    public RegimeClock[] getClocks() {
        return RegimeClock.values();
    }

    public List<DeadlineRegime> getList() {
        return list;
    }

    public RegimeScope getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(RegimeScope appliesTo) {
        this.appliesTo = appliesTo;
    }

    public String getNameId() {
        return nameId;
    }

    public void setNameId(String nameId) {
        this.nameId = nameId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public RegimeClock getClock() {
        return clock;
    }

    public void setClock(RegimeClock clock) {
        this.clock = clock;
    }

    public Integer getLength() {
        return length;
    }

    public void setLength(Integer length) {
        this.length = length;
    }

    public Integer getMaxExtension() {
        return maxExtension;
    }

    public void setMaxExtension(Integer maxExtension) {
        this.maxExtension = maxExtension;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
