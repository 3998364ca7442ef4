package id.go.kpu.eppid.letter.web;

import id.go.kpu.eppid.letter.application.LetterRegister;
import id.go.kpu.eppid.letter.application.LetterRegistration;
import id.go.kpu.eppid.letter.domain.IncomingLetter;
import id.go.kpu.eppid.letter.domain.LetterFile;
import id.go.kpu.eppid.shared.audit.AuditEvent;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs one registered letter: particulars, files, the request it created, its audit trail. */
@Named
@RequestScoped
public class LetterDetailBacking {

    @Inject
    private LetterRegister register;
    @Inject
    private AuditTrail audit;
    @Inject
    private CurrentStaff currentStaff;

    private Long id;
    private IncomingLetter letter;
    private List<LetterFile> files;
    private List<AuditEvent> trail;

    /** View action: another office's letter, or none, answers 404. */
    public void load() {
        letter = id == null ? null : register.find(currentStaff.officeId(), id).orElse(null);
        if (letter == null) {
            Faces.notFound();
            return;
        }
        files = register.files(letter);
        trail = audit.of(currentStaff.officeId(), LetterRegistration.SUBJECT, id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IncomingLetter getLetter() {
        return letter;
    }

    public List<LetterFile> getFiles() {
        return files;
    }

    public List<AuditEvent> getTrail() {
        return trail;
    }
}
