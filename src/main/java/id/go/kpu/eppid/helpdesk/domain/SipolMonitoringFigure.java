package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One party's SIPOL data-entry progress in a monitoring report (HD-11): board and offices in percent, members. */
@Entity
@Table(name = "sipol_monitoring_figure")
public class SipolMonitoringFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private SipolMonitoringReport report;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "party_id", nullable = false, updatable = false)
    private PoliticalParty party;

    @Column(name = "board_percent", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal boardPercent;

    @Column(name = "members_count", nullable = false, updatable = false)
    private int membersCount;

    @Column(name = "offices_percent", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal officesPercent;

    protected SipolMonitoringFigure() {
    }

    SipolMonitoringFigure(SipolMonitoringReport report, PoliticalParty party, BigDecimal boardPercent,
            int membersCount, BigDecimal officesPercent) {
        this.report = report;
        this.party = party;
        this.boardPercent = boardPercent;
        this.membersCount = membersCount;
        this.officesPercent = officesPercent;
    }

    public PoliticalParty getParty() {
        return party;
    }

    public BigDecimal getBoardPercent() {
        return boardPercent;
    }

    public int getMembersCount() {
        return membersCount;
    }

    public BigDecimal getOfficesPercent() {
        return officesPercent;
    }
}
