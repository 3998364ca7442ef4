package id.go.kpu.eppid.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A deadline regime as data (REQ-8, CON-4, LAW-1, LAW-3): what it applies to, its clock (working days or service
 * hours), its length, the extension allowed, its legal basis and, for an office's own regime (e.g. a shorter one
 * during election stages), its validity dates. National regimes have no office.
 */
@Entity
@Table(name = "deadline_regime")
public class DeadlineRegime {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_id")
    private Long officeId;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false, length = 30)
    private RegimeScope appliesTo;

    @Column(name = "name_id", nullable = false, length = 200)
    private String nameId;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegimeClock clock;

    @Column(nullable = false)
    private int length;

    @Column(name = "max_extension", nullable = false)
    private int maxExtension;

    @Column(name = "legal_basis", nullable = false, length = 300)
    private String legalBasis;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean active = true;

    protected DeadlineRegime() {
    }

    public DeadlineRegime(Long officeId, String code, RegimeScope appliesTo, String nameId, String nameEn,
            RegimeClock clock, int length, int maxExtension, String legalBasis, LocalDate validFrom, LocalDate validTo) {
        this.officeId = officeId;
        this.code = code;
        this.appliesTo = appliesTo;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.clock = clock;
        this.length = length;
        this.maxExtension = maxExtension;
        this.legalBasis = legalBasis;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether it applies on {@code day} (active, within its validity dates). */
    public boolean validOn(LocalDate day) {
        return active && (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public void deactivate() {
        this.active = false;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

    public Long getId() {
        return id;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public String getCode() {
        return code;
    }

    public RegimeScope getAppliesTo() {
        return appliesTo;
    }

    public String getNameId() {
        return nameId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public RegimeClock getClock() {
        return clock;
    }

    public int getLength() {
        return length;
    }

    public int getMaxExtension() {
        return maxExtension;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isActive() {
        return active;
    }
}
