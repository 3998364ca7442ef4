package id.go.kpu.eppid.deadline.web;

import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.DayHours;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /staff/admin/hours.xhtml}: the office's weekly service hours for one service (open or closed, opening
 * and closing per weekday, in the office's own time zone). What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class ServiceHoursBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "hrs:";

    /** One editable weekday. */
    public static class Day implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private boolean open;
        private String opens;
        private String closes;

        Day(DayHours h) {
            this.day = h.day();
            this.open = h.open();
            this.opens = h.opens();
            this.closes = h.closes();
        }

        DayHours toInput() {
            return new DayHours(day, open, opens, closes);
        }

        public DayOfWeek getDay() {
            return day;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    @Inject
    private transient WorkingCalendarAdmin admin;
    @Inject
    private transient CurrentStaff currentStaff;

    private ServiceKind service = ServiceKind.INFORMATION;
    private List<Day> week;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        week = new ArrayList<>();
        admin.week(currentStaff.officeId(), service).forEach(h -> week.add(new Day(h)));
    }

    public void save() {
        try {
            admin.setHours(currentStaff.get(), service, week.stream().map(Day::toInput).toList());
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Faces.info(null, "calendar.hours.saved");
        load();
    }

    public ServiceKind[] getServices() {
        return ServiceKind.values();
    }

    public String getZone() {
        return currentStaff.getOffice().getTimeZone();
    }

    public ServiceKind getService() {
        return service;
    }

    public void setService(ServiceKind service) {
        this.service = service;
    }

    public List<Day> getWeek() {
        return week;
    }
}
