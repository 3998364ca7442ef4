package id.go.kpu.eppid.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A political party that consults the SIPOL helpdesk (reference data: the national list with ballot numbers). */
@Entity
@Table(name = "political_party")
public class PoliticalParty implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "ballot_number")
    private Integer ballotNumber;

    @Column(nullable = false)
    private boolean active = true;

    protected PoliticalParty() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getBallotNumber() {
        return ballotNumber;
    }

    public boolean isActive() {
        return active;
    }
}
