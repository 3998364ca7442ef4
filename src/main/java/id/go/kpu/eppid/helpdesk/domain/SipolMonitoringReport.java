package id.go.kpu.eppid.helpdesk.domain;

import id.go.kpu.eppid.shared.upload.FileDetails;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One monitoring report (HD-11): the office, the slot, each party's progress, and the screenshot as evidence. */
@Entity
@Table(name = "sipol_monitoring_report")
public class SipolMonitoringReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private long officeId;

    @Column(name = "slot_date", nullable = false, updatable = false)
    private LocalDate slotDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private MonitoringSlot slot;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "evidence_stored_name", nullable = false, length = 120, updatable = false)
    private String evidenceStoredName;

    @Column(name = "evidence_name", nullable = false, length = 255, updatable = false)
    private String evidenceName;

    @Column(name = "evidence_media_type", nullable = false, length = 100, updatable = false)
    private String evidenceMediaType;

    @Column(name = "evidence_sha256", nullable = false, length = 64, updatable = false)
    private String evidenceSha256;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    private List<SipolMonitoringFigure> figures = new ArrayList<>();

    protected SipolMonitoringReport() {
    }

    public SipolMonitoringReport(long officeId, LocalDate slotDate, MonitoringSlot slot, Instant recordedAt,
            String recordedBy, String note, FileDetails evidence) {
        this.officeId = officeId;
        this.slotDate = slotDate;
        this.slot = slot;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.note = note;
        this.evidenceStoredName = evidence.getStoredName();
        this.evidenceName = evidence.getOriginalName();
        this.evidenceMediaType = evidence.getMediaType();
        this.evidenceSha256 = evidence.getSha256();
    }

    public void add(PoliticalParty party, java.math.BigDecimal board, int members, java.math.BigDecimal offices) {
        figures.add(new SipolMonitoringFigure(this, party, board, members, offices));
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public LocalDate getSlotDate() {
        return slotDate;
    }

    public MonitoringSlot getSlot() {
        return slot;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }

    public String getEvidenceStoredName() {
        return evidenceStoredName;
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public String getEvidenceMediaType() {
        return evidenceMediaType;
    }

    public String getEvidenceSha256() {
        return evidenceSha256;
    }

    public List<SipolMonitoringFigure> getFigures() {
        return figures;
    }
}
