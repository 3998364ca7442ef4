package id.go.kpu.eppid.letter.application;

import id.go.kpu.eppid.letter.domain.LetterFileKind;
import id.go.kpu.eppid.request.application.AcceptedFile;

/** A checked upload waiting in staging, with what it is for the letter. */
public record LetterFileUpload(LetterFileKind kind, AcceptedFile file) {
}
