package id.go.kpu.eppid.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The person or body that asks (REQ-2, CON-2). Holds personal data (ID number, phone, address): shown only to staff
 * of the office, never on public pages or in logs.
 */
@Entity
@Table(name = "applicant")
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private ApplicantType type;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "institution_name", length = 200)
    private String institutionName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false, length = 16)
    private IdType idType;

    @Column(name = "id_number", nullable = false, length = 32)
    private String idNumber;

    @Column(nullable = false, length = 400)
    private String address;

    @Column(length = 100)
    private String occupation;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = 150)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Applicant() {
    }

    public Applicant(ApplicantType type, String name, String institutionName, IdType idType, String idNumber,
            String address, String occupation, PhoneNumber phone, String email, Instant createdAt) {
        this.type = type;
        this.name = name;
        this.institutionName = institutionName;
        this.idType = idType;
        this.idNumber = idNumber;
        this.address = address;
        this.occupation = occupation;
        this.phone = phone.e164();
        this.email = email;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public ApplicantType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    /** Name as shown in lists: the person, and the institution when there is one. */
    public String getDisplayName() {
        return institutionName == null || institutionName.isBlank() ? name : name + " (" + institutionName + ")";
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getAddress() {
        return address;
    }

    public String getOccupation() {
        return occupation;
    }

    public PhoneNumber getPhone() {
        return PhoneNumber.ofStored(phone);
    }

    public String getEmail() {
        return email;
    }
}
