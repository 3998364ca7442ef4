package id.go.kpu.eppid.letter.domain;

import id.go.kpu.eppid.request.domain.FileKind;

/** A file of an incoming letter: the scanned letter, an attachment, the sender's ID copy. */
public enum LetterFileKind {
    LETTER_SCAN, ATTACHMENT, ID_COPY;

    /** The kind the file has on a request made from the letter. */
    public FileKind requestFileKind() {
        return switch (this) {
            case LETTER_SCAN -> FileKind.REQUEST_LETTER;
            case ATTACHMENT -> FileKind.ATTACHMENT;
            case ID_COPY -> FileKind.ID_SCAN;
        };
    }
}
