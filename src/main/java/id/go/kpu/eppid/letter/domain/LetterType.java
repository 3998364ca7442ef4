package id.go.kpu.eppid.letter.domain;

import id.go.kpu.eppid.request.domain.RequestKind;

/** What a letter is: a request for information, a request for consultation (REQ-1, CON-1), or other mail. */
public enum LetterType {
    INFORMATION_REQUEST, CONSULTATION_REQUEST, OTHER;

    /** The request a letter of this type creates, or null. */
    public RequestKind requestKind() {
        return switch (this) {
            case INFORMATION_REQUEST -> RequestKind.INFORMATION;
            case CONSULTATION_REQUEST -> RequestKind.CONSULTATION;
            case OTHER -> null;
        };
    }
}
