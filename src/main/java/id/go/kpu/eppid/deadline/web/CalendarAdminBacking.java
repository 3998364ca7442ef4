package id.go.kpu.eppid.deadline.web;

import id.go.kpu.eppid.deadline.application.DayOffFile;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.DayOffInput;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.ImportPreview;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.Outcome;
import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code /staff/admin/calendar.xhtml}: the days off of a year (national and the office's own, with kind, name,
 * legal source, confirmation and who changed them last), a form to add or edit one, and the import of a CSV or
 * iCalendar file with a preview the administrator confirms. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class CalendarAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "day:";
    private static final String IMPORT_FORM = "imp:";

    @Inject
    private transient WorkingCalendarAdmin admin;
    @Inject
    private transient CurrentStaff currentStaff;

    private int year = Year.now().getValue();
    private List<DayOff> days;

    private Long editingId;
    private boolean national;
    private LocalDate day;
    private DayOffKind kind = DayOffKind.OFFICE_CLOSURE;
    private String name;
    private String legalSource;
    private boolean confirmed;

    private boolean importNational;
    private String importSource;
    private ImportPreview preview;

    @PostConstruct
    void init() {
        load();
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    public void load() {
        days = admin.daysOff(me(), year);
    }

    public List<Integer> getYears() {
        int now = Year.now().getValue();
        return IntStream.rangeClosed(now - 1, now + 2).boxed().toList();
    }

    public boolean isNationalAdmin() {
        return WorkingCalendarAdmin.mayEditNational(me());
    }

    public boolean mayEdit(DayOff d) {
        return WorkingCalendarAdmin.mayEdit(me(), d);
    }

    /** The kinds the form offers: national kinds for a national entry, the office closure otherwise. */
    public DayOffKind[] getKinds() {
        return national ? new DayOffKind[] {DayOffKind.NATIONAL_HOLIDAY, DayOffKind.COLLECTIVE_LEAVE}
                : new DayOffKind[] {DayOffKind.OFFICE_CLOSURE};
    }

    /** The scope changed: keep a kind that fits it. */
    public void scopeChanged() {
        if (national && kind == DayOffKind.OFFICE_CLOSURE) {
            kind = DayOffKind.NATIONAL_HOLIDAY;
        } else if (!national) {
            kind = DayOffKind.OFFICE_CLOSURE;
        }
    }

    public void save() {
        DayOffInput in = new DayOffInput(national, day, kind, name, legalSource, confirmed);
        try {
            DayOff saved = editingId == null ? admin.add(me(), in) : admin.edit(me(), editingId, in);
            Faces.info(null, editingId == null ? "calendar.dayOff.added" : "calendar.dayOff.saved", saved.getName());
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        year = day == null ? year : day.getYear();
        clearForm();
        load();
    }

    public void edit(DayOff d) {
        editingId = d.getId();
        national = d.getOfficeId() == null;
        day = d.getDay();
        kind = d.getKind();
        name = d.getName();
        legalSource = d.getLegalSource();
        confirmed = d.isConfirmed();
    }

    public void cancelEdit() {
        clearForm();
    }

    public void delete(DayOff d) {
        try {
            admin.delete(me(), d.getId());
            Faces.info(null, "calendar.dayOff.deleted", d.getName());
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
        }
        if (d.getId().equals(editingId)) {
            clearForm();
        }
        load();
    }

    public void confirm(DayOff d) {
        try {
            admin.confirm(me(), d.getId());
            Faces.info(null, "calendar.dayOff.confirmedDone", d.getName());
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
        }
        load();
    }

    private void clearForm() {
        editingId = null;
        national = false;
        day = null;
        kind = DayOffKind.OFFICE_CLOSURE;
        name = null;
        legalSource = null;
        confirmed = false;
    }

    // ------------------------------------------------------------------ import

    public void upload(FileUploadEvent event) {
        preview = null;
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] content = in.readNBytes(DayOffFile.MAX_BYTES + 1);
            preview = admin.preview(me(), importNational, content, importSource);
            Faces.info(null, "calendar.import.previewReady", preview.count(Outcome.ADD),
                    preview.rows().size() - preview.count(Outcome.ADD));
        } catch (InvalidInputException e) {
            Faces.show(e, IMPORT_FORM);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IOException e) {
            Faces.error(IMPORT_FORM + "file", "upload.failed");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void confirmImport() {
        if (preview == null) {
            return;
        }
        try {
            int added = admin.importRows(me(), preview);
            Faces.info(null, "calendar.import.done", added);
        } catch (InvalidInputException e) {
            Faces.show(e, IMPORT_FORM);
            return;
        }
        preview = null;
        load();
    }

    public void cancelImport() {
        preview = null;
    }

    public int getMaxImportBytes() {
        return DayOffFile.MAX_BYTES;
    }

    // ------------------------------------------------------------------ properties

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<DayOff> getDays() {
        return days;
    }

    public Long getEditingId() {
        return editingId;
    }

    public boolean isNational() {
        return national;
    }

    public void setNational(boolean national) {
        this.national = national;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayOffKind getKind() {
        return kind;
    }

    public void setKind(DayOffKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public void setLegalSource(String legalSource) {
        this.legalSource = legalSource;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public boolean isImportNational() {
        return importNational;
    }

    public void setImportNational(boolean importNational) {
        this.importNational = importNational;
    }

    public String getImportSource() {
        return importSource;
    }

    public void setImportSource(String importSource) {
        this.importSource = importSource;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
