package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskDesk;
import id.go.kpu.eppid.helpdesk.application.SipolMonitoring;
import id.go.kpu.eppid.helpdesk.domain.MonitoringSlot;
import id.go.kpu.eppid.helpdesk.domain.PoliticalParty;
import id.go.kpu.eppid.helpdesk.domain.SipolMonitoringFigure;
import id.go.kpu.eppid.helpdesk.domain.SipolMonitoringReport;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /staff/helpdesk/monitoring.xhtml} (HD-11): the 08:00 and 17:00 slots of the last week with missed ones
 * flagged, the report form (each party's progress and the screenshot) for the helpdesk team, and a chart of members
 * entered per party over the last two weeks; the Commissioners read it.
 */
@Named
@ViewScoped
public class SipolMonitoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mon:";
    private static final int HISTORY_DAYS = 7;
    private static final int CHART_DAYS = 14;
    private static final String[] COLORS = {"#1e6fb8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085",
        "#2c3e50", "#f39c12"};

    /** One party's line of the form. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long partyId;
        private final String partyName;
        private BigDecimal board;
        private Integer members;
        private BigDecimal offices;

        Row(long partyId, String partyName) {
            this.partyId = partyId;
            this.partyName = partyName;
        }

        public long getPartyId() {
            return partyId;
        }

        public String getPartyName() {
            return partyName;
        }

        public BigDecimal getBoard() {
            return board;
        }

        public void setBoard(BigDecimal board) {
            this.board = board;
        }

        public Integer getMembers() {
            return members;
        }

        public void setMembers(Integer members) {
            this.members = members;
        }

        public BigDecimal getOffices() {
            return offices;
        }

        public void setOffices(BigDecimal offices) {
            this.offices = offices;
        }
    }

    @Inject
    private transient SipolMonitoring monitoring;
    @Inject
    private transient HelpdeskDesk desk;
    @Inject
    private transient RequestUploads uploads;
    @Inject
    private transient CurrentStaff currentStaff;

    private List<SipolMonitoring.SlotRow> slots;
    private String chartJson;
    private final List<Row> rows = new ArrayList<>();
    private LocalDate day;
    private MonitoringSlot slot;
    private String note;
    private AcceptedFile evidence;

    @PostConstruct
    void init() {
        var office = currentStaff.getOffice();
        slots = monitoring.slots(office, HISTORY_DAYS);
        day = LocalDate.now(office.getZone());
        Instant now = Instant.now();
        slot = MonitoringSlot.PM.moment(day, office.getZone()).minusSeconds(1800).isBefore(now) ? MonitoringSlot.PM
                : MonitoringSlot.AM;
        for (PoliticalParty p : desk.parties()) {
            rows.add(new Row(p.getId(), (p.getBallotNumber() == null ? "" : p.getBallotNumber() + ". ")
                    + p.getName()));
        }
        chartJson = chart(monitoring.reports(office.getId(), day.minusDays(CHART_DAYS - 1L), day));
    }

    /** The members entered per party over the reports (Chart.js line chart). */
    private String chart(List<SipolMonitoringReport> reports) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        Map<String, Map<Integer, Integer>> series = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            SipolMonitoringReport r = reports.get(i);
            labels.add(r.getSlotDate().getDayOfMonth() + "/" + r.getSlotDate().getMonthValue() + " "
                    + r.getSlot().at());
            for (SipolMonitoringFigure f : r.getFigures()) {
                series.computeIfAbsent(f.getParty().getCode(), k -> new LinkedHashMap<>()).put(i, f.getMembersCount());
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int color = 0;
        for (Map.Entry<String, Map<Integer, Integer>> s : series.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int i = 0; i < reports.size(); i++) {
                Integer v = s.getValue().get(i);
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            }
            String c = COLORS[color++ % COLORS.length];
            datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data)
                    .add("borderColor", c).add("backgroundColor", c).add("spanGaps", true));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("title", Json.createObjectBuilder()
                                        .add("display", true).add("text", Faces.messages().get("monitoring.members"))))))
                .build().toString();
    }

    /** The screenshot, checked by content and kept until the report is saved. */
    public void uploadEvidence(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        PageSteps.upload(FORM, "evidence", () -> evidence = uploads.accept(FileKind.ATTACHMENT,
                monitoring.evidenceRule(), file.getFileName(), file.getSize(), file.getInputStream()));
    }

    public String save() {
        return PageSteps.run(() -> monitoring.record(currentStaff.get(), day, slot, rows.stream()
                .map(r -> new SipolMonitoring.Progress(r.getPartyId(), r.getBoard(), r.getMembers(), r.getOffices()))
                .toList(), evidence, note).getFigures().size(), "monitoring.saved", FORM, null,
                "/staff/helpdesk/monitoring?faces-redirect=true");
    }

    public boolean isTeam() {
        return currentStaff.hasAnyRole(Role.HELPDESK_TEAM);
    }

    public boolean isChartEmpty() {
        return slots.stream().noneMatch(s -> s.report() != null);
    }

    public List<MonitoringSlot> getSlotChoices() {
        return List.of(MonitoringSlot.values());
    }

    public List<SipolMonitoring.SlotRow> getSlots() {
        return slots;
    }

    public String getChartJson() {
        return chartJson;
    }

    public List<Row> getRows() {
        return rows;
    }

    public AcceptedFile getEvidence() {
        return evidence;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public MonitoringSlot getSlot() {
        return slot;
    }

    public void setSlot(MonitoringSlot slot) {
        this.slot = slot;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
