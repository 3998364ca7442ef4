package id.go.kpu.eppid.objection.web;

import id.go.kpu.eppid.objection.application.Objections;
import id.go.kpu.eppid.objection.domain.ObjectionGround;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.web.OptionalAttachment;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The fields of an objection wherever it is filed (the public page, the desk): the grounds of Pasal 35 ayat (1), the
 * statement, and an optional attachment checked by its content as soon as it is chosen. Used inside
 * {@code h:form id="obj"} with {@code /WEB-INF/includes/objectionFields.xhtml}.
 */
public abstract class ObjectionFields implements Serializable {

    private static final long serialVersionUID = 1L;
    protected static final String FORM = "obj:";

    @Inject
    private transient RequestUploads uploads;

    private List<ObjectionGround> grounds = new ArrayList<>();
    private String statement;
    private final OptionalAttachment attachment = new OptionalAttachment(FORM, "objectionAttachment");

    public void uploadAttachment(FileUploadEvent event) {
        attachment.upload(event, uploads);
    }

    public void removeAttachment() {
        attachment.remove(uploads);
    }

    /** What was entered, for {@link Objections}. */
    protected Objections.FilingInput input() {
        return new Objections.FilingInput(grounds == null || grounds.isEmpty() ? EnumSet.noneOf(ObjectionGround.class)
                : EnumSet.copyOf(grounds), statement, attachment.getFile());
    }

    /** After a successful filing the file belongs to the objection; the form starts afresh. */
    protected void reset() {
        grounds = new ArrayList<>();
        statement = null;
        attachment.sent();
    }

    public List<ObjectionGround> getGroundChoices() {
        return List.of(ObjectionGround.values());
    }

    public long getMaxAttachmentBytes() {
        return uploads.maxBytes(FileKind.ATTACHMENT);
    }

    public List<ObjectionGround> getGrounds() {
        return grounds;
    }

    public void setGrounds(List<ObjectionGround> grounds) {
        this.grounds = grounds;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public AcceptedFile getAttachment() {
        return attachment.getFile();
    }
}
