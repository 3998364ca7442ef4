package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.shared.web.PageSteps;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * An optional attachment of a form (an objection, a complaint): checked by its content as soon as it is chosen,
 * staged until the form is sent, replaced or removed on the page. A refused file is said at its field.
 */
public final class OptionalAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formPrefix;
    private final String field;
    private final FileKind kind;
    private AcceptedFile file;

    /** @param formPrefix the form's client-id prefix, e.g. {@code "obj:"}; @param field the upload's id */
    public OptionalAttachment(String formPrefix, String field) {
        this(formPrefix, field, FileKind.ATTACHMENT);
    }

    /** An attachment of {@code kind} (what it may be: {@link RequestUploads#allowedTypes}). */
    public OptionalAttachment(String formPrefix, String field, FileKind kind) {
        this.formPrefix = formPrefix;
        this.field = field;
        this.kind = kind;
    }

    public void upload(FileUploadEvent event, RequestUploads uploads) {
        UploadedFile uploaded = event.getFile();
        PageSteps.upload(formPrefix, field, () -> {
            AcceptedFile accepted = uploads.accept(kind, field, uploaded.getFileName(),
                    uploaded.getSize(), uploaded.getInputStream());
            remove(uploads);
            file = accepted;
        });
    }

    public void remove(RequestUploads uploads) {
        if (file != null) {
            uploads.discard(file);
            file = null;
        }
    }

    /** After the form was sent the file belongs to what it was attached to. */
    public void sent() {
        file = null;
    }

    public AcceptedFile getFile() {
        return file;
    }
}
