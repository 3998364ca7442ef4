package id.go.kpu.eppid.standards.web;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.standards.application.DeadlineDashboard;
import id.go.kpu.eppid.standards.application.LightBoard;
import id.go.kpu.eppid.standards.application.LightCount;
import id.go.kpu.eppid.standards.application.OpenRequestFilter;
import id.go.kpu.eppid.standards.application.OpenRequestRow;
import id.go.kpu.eppid.standards.application.OverStandardRow;
import id.go.kpu.eppid.standards.application.StepSummary;
import id.go.kpu.eppid.standards.application.StepTimes;
import id.go.kpu.eppid.standards.domain.TrafficLight;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Backs the staff dashboard {@code /staff/dashboard.xhtml}: open requests by traffic light per official and per
 * regime, each count opening a lazily paged list of the requests; the steps' actual times against their standards for
 * a period, as a table and a chart, with the steps that ran over standard. Office-wide for the Chair, the Secretary
 * and an administrator, one's own requests and steps for anyone else.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeadlineDashboard dashboard;

    @Inject
    private transient StepTimes stepTimes;

    @Inject
    private transient CurrentStaff currentStaff;

    private LocalDate from;
    private LocalDate to;
    private LightBoard board;
    private List<StepSummary> steps;
    private List<StepSummary> byOfficial;
    private OpenRequestFilter filter = OpenRequestFilter.all();
    private String overCode;

    private final PagedModel<OpenRequestRow> openModel = new PagedModel<>(
            () -> dashboard.countOpen(currentStaff.get(), filter, board.now()),
            (first, size, sortBy) -> dashboard.open(currentStaff.get(), filter, board.now(), first, size),
            OpenRequestRow::id);

    private final PagedModel<OverStandardRow> overModel = new PagedModel<>(
            () -> stepTimes.countOverStandard(currentStaff.getOffice(), from, to, overCode, officialScope()),
            (first, size, sortBy) -> stepTimes.overStandard(currentStaff.getOffice(), from, to, overCode,
                    officialScope(), first, size),
            OverStandardRow::key);

    @PostConstruct
    void init() {
        to = LocalDate.now(currentStaff.getOffice().getZone());
        from = to.minusDays(30);
        refresh();
    }

    /** Reloads the lights and the step times for the period. */
    public void refresh() {
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate d = from;
            from = to;
            to = d;
        }
        board = dashboard.lights(currentStaff.get(), Instant.now());
        steps = stepTimes.summary(currentStaff.getOffice(), from, to, officialScope());
        byOfficial = isOfficeWide() ? stepTimes.byOfficial(currentStaff.getOffice(), from, to) : List.of();
    }

    /** Opens the requests behind one count: a light (or null for all) and a group key from the board. */
    public void drill(String light, String officialKey, LightCount regimeGroup) {
        filter = new OpenRequestFilter(light == null || light.isEmpty() ? null : TrafficLight.valueOf(light),
                officialKey == null || officialKey.isEmpty() ? null : Long.valueOf(officialKey),
                regimeGroup == null ? null : regimeGroup.kind().name(),
                regimeGroup == null ? null : regimeGroup.regimeCode());
    }

    /** Lists the steps over standard, of one step or all. */
    public void overStandard(String code) {
        overCode = code == null || code.isEmpty() ? null : code;
    }

    private String officialScope() {
        return isOfficeWide() ? null : currentStaff.get().getUsername();
    }

    public boolean isOfficeWide() {
        return dashboard.seesOffice(currentStaff.get());
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A regime group's name in the page's language. */
    public String regimeName(LightCount group) {
        if (group.regimeCode() == null || group.regimeCode().isEmpty()) {
            return Messages.of(locale()).get("standards.regime.none");
        }
        return "en".equals(Messages.supported(locale()).getLanguage()) ? group.regimeNameEn() : group.regimeNameId();
    }

    /** The step chart (Chart.js configuration): standard, median and 90th percentile in minutes per timed step. */
    public String getChartJson() {
        Messages m = Messages.of(locale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder standard = Json.createArrayBuilder();
        JsonArrayBuilder median = Json.createArrayBuilder();
        JsonArrayBuilder p90 = Json.createArrayBuilder();
        for (StepSummary s : steps) {
            if (s.stats().count() == 0) {
                continue;
            }
            labels.add(s.step().code());
            standard.add(s.step().standardMinutes());
            median.add(Math.round(s.stats().medianMinutes() * 10) / 10.0);
            p90.add(Math.round(s.stats().p90Minutes() * 10) / 10.0);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset(m.get("standards.chart.standard"), standard, "#9e9e9e"))
                        .add(dataset(m.get("standards.chart.median"), median, "#1e6fb8"))
                        .add(dataset(m.get("standards.chart.p90"), p90, "#c0392b"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("title", Json.createObjectBuilder()
                                        .add("display", true).add("text", m.get("standards.chart.minutes"))))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
    }

    public boolean isChartEmpty() {
        return steps.stream().allMatch(s -> s.stats().count() == 0);
    }

    public LightBoard getBoard() {
        return board;
    }

    public List<StepSummary> getSteps() {
        return steps;
    }

    public List<StepSummary> getByOfficial() {
        return byOfficial;
    }

    public OpenRequestFilter getFilter() {
        return filter;
    }

    public String getOverCode() {
        return overCode;
    }

    public PagedModel<OpenRequestRow> getOpenModel() {
        return openModel;
    }

    public PagedModel<OverStandardRow> getOverModel() {
        return overModel;
    }

    public String getZoneId() {
        return currentStaff.getOffice().getTimeZone();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
