package id.go.kpu.eppid.helpdesk.domain;

import id.go.kpu.eppid.shared.upload.FileDetails;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a consultation's form (formulir konsultasi, HD-7, seed 000 B.11–B.19): what was printed for the party
 * to check — representative, party, the problem, the answer and its references — and, on the version the party found
 * right, the signatures of the party and then of the officer (drawn on screen, or the signed paper scanned back), the
 * archived signed PDF and the hand-over of the party's copy. A correction makes a new version; a version never changes
 * its text once printed, so every version the party saw can be printed again.
 */
@Entity
@Table(name = "helpdesk_form")
public class HelpdeskForm {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, length = 150, updatable = false)
    private String representative;

    @Column(name = "party_name", nullable = false, length = 200, updatable = false)
    private String partyName;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String problem;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String answer;

    @Column(name = "answer_references", length = 1000, updatable = false)
    private String answerReferences;

    @Column(name = "correction_note", length = NOTE_LENGTH, updatable = false)
    private String correctionNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "party_signature_png")
    private byte[] partySignaturePng;

    @Column(name = "party_signed_at")
    private Instant partySignedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "officer_signature_png")
    private byte[] officerSignaturePng;

    @Column(name = "officer_signed_at")
    private Instant officerSignedAt;

    @Column(name = "officer_username", length = 60)
    private String officerUsername;

    @Column(name = "officer_name", length = 150)
    private String officerName;

    @Column(name = "archive_stored_name", length = 120)
    private String archiveStoredName;

    @Column(name = "archive_sha256", length = 64)
    private String archiveSha256;

    @Column(name = "archive_size_bytes")
    private Long archiveSizeBytes;

    @Column(name = "scan_stored_name", length = 120)
    private String scanStoredName;

    @Column(name = "scan_original_name", length = 255)
    private String scanOriginalName;

    @Column(name = "scan_media_type", length = 100)
    private String scanMediaType;

    @Column(name = "scan_size_bytes")
    private Long scanSizeBytes;

    @Column(name = "scan_sha256", length = 64)
    private String scanSha256;

    @Column(name = "scanned_at")
    private Instant scannedAt;

    @Column(name = "scanned_by", length = 60)
    private String scannedBy;

    @Column(name = "handed_to", length = 150)
    private String handedTo;

    @Column(name = "handed_at")
    private Instant handedAt;

    @Column(name = "handed_by", length = 60)
    private String handedBy;

    protected HelpdeskForm() {
    }

    /** Version {@code version} of the form of {@code c} as it stands now; {@code correctionNote} for a correction. */
    public HelpdeskForm(HelpdeskConsultation c, int version, String correctionNote, Instant now, String actor) {
        this.consultationId = c.getId();
        this.version = version;
        this.representative = c.getRepresentative();
        this.partyName = c.partyName();
        this.problem = c.getProblem();
        this.answer = c.getAnswer();
        this.answerReferences = c.getAnswerReferences();
        this.correctionNote = correctionNote;
        this.createdAt = now;
        this.createdBy = actor;
    }

    private static void require(boolean allowed, String key) {
        if (!allowed) {
            throw new InvalidInputException(null, key);
        }
    }

    /** Signed, on screen by both sides or on paper scanned back: the form is final. */
    public boolean isSigned() {
        return officerSignedAt != null || scanStoredName != null && partySignedAt == null;
    }

    /** A correction is possible until the party signs. */
    public boolean isOpenForCorrection() {
        return partySignedAt == null && scanStoredName == null;
    }

    /** Seed 000 B.16: the party signs first, once the form is right. */
    public void signByParty(byte[] png, Instant now) {
        require(isOpenForCorrection(), "helpdesk.form.alreadySigned");
        this.partySignaturePng = png;
        this.partySignedAt = now;
    }

    /** Seed 000 B.17: then the officer; the signed form is archived as {@code archive}. */
    public void signByOfficer(byte[] png, String username, String name, Instant now) {
        require(partySignedAt != null, "helpdesk.form.partyFirst");
        require(officerSignedAt == null, "helpdesk.form.alreadySigned");
        this.officerSignaturePng = png;
        this.officerSignedAt = now;
        this.officerUsername = username;
        this.officerName = name;
    }

    /** The archived copy of the signed form (seed 000 B.19). */
    public void archive(FileDetails archive) {
        this.archiveStoredName = archive.getStoredName();
        this.archiveSha256 = archive.getSha256();
        this.archiveSizeBytes = archive.getSizeBytes();
    }

    /**
     * HD-9, seed 000 C.1: the signed paper form scanned (after hours); a form not signed on screen counts as signed
     * by its scan. A later scan replaces an earlier one.
     */
    public void attachScan(FileDetails scan, Instant now, String actor) {
        require(partySignedAt == null || officerSignedAt != null, "helpdesk.form.finishSigning");
        this.scanStoredName = scan.getStoredName();
        this.scanOriginalName = scan.getOriginalName();
        this.scanMediaType = scan.getMediaType();
        this.scanSizeBytes = scan.getSizeBytes();
        this.scanSha256 = scan.getSha256();
        this.scannedAt = now;
        this.scannedBy = actor;
    }

    /** Seed 000 B.18: one signed copy handed to the party. */
    public void handOver(String to, Instant now, String actor) {
        require(isSigned(), "helpdesk.form.notSigned");
        require(handedAt == null, "helpdesk.form.alreadyHandedOver");
        this.handedTo = to;
        this.handedAt = now;
        this.handedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public int getVersion() {
        return version;
    }

    public String getRepresentative() {
        return representative;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getProblem() {
        return problem;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnswerReferences() {
        return answerReferences;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public byte[] getPartySignaturePng() {
        return partySignaturePng;
    }

    public Instant getPartySignedAt() {
        return partySignedAt;
    }

    public byte[] getOfficerSignaturePng() {
        return officerSignaturePng;
    }

    public Instant getOfficerSignedAt() {
        return officerSignedAt;
    }

    public String getOfficerUsername() {
        return officerUsername;
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getArchiveStoredName() {
        return archiveStoredName;
    }

    public String getArchiveSha256() {
        return archiveSha256;
    }

    public Long getArchiveSizeBytes() {
        return archiveSizeBytes;
    }

    public String getScanStoredName() {
        return scanStoredName;
    }

    public String getScanOriginalName() {
        return scanOriginalName;
    }

    public String getScanMediaType() {
        return scanMediaType;
    }

    public Long getScanSizeBytes() {
        return scanSizeBytes;
    }

    public String getScanSha256() {
        return scanSha256;
    }

    public Instant getScannedAt() {
        return scannedAt;
    }

    public String getScannedBy() {
        return scannedBy;
    }

    public String getHandedTo() {
        return handedTo;
    }

    public Instant getHandedAt() {
        return handedAt;
    }

    public String getHandedBy() {
        return handedBy;
    }
}
