package id.go.kpu.eppid.standards.web;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.standards.application.StepStandard;
import id.go.kpu.eppid.standards.application.StepStandardsAdmin;
import id.go.kpu.eppid.standards.application.StepTimes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /staff/admin/standards.xhtml}: the office's SOP steps with the national standard minutes and the
 * office's own, each row saved or returned to the default on its own. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class StepStandardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable step. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final StepStandard step;
        private Integer minutes;
        private String source;

        Row(StepStandard step) {
            this.step = step;
            this.minutes = step.standardMinutes();
            this.source = step.officeOwn() ? step.source() : null;
        }

        public StepStandard getStep() {
            return step;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    @Inject
    private transient StepStandardsAdmin admin;
    @Inject
    private transient StepTimes stepTimes;
    @Inject
    private transient CurrentStaff currentStaff;

    private List<Row> rows;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = new ArrayList<>();
        stepTimes.standards(currentStaff.getOffice()).forEach(s -> rows.add(new Row(s)));
    }

    public void save(Row row) {
        try {
            admin.override(currentStaff.get(), row.step.process(), row.step.code(), row.minutes, row.source);
        } catch (InvalidInputException e) {
            Faces.show(e, "std:rows:" + rows.indexOf(row) + ":");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Faces.info(null, "standards.admin.saved");
        load();
    }

    public void reset(Row row) {
        admin.reset(currentStaff.get(), row.step.process(), row.step.code());
        Faces.info(null, "standards.admin.reset");
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getMaxMinutes() {
        return StepStandardsAdmin.MAX_MINUTES;
    }
}
