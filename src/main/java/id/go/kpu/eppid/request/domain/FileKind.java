package id.go.kpu.eppid.request.domain;

/**
 * What a file attached to a request is: the ID scan, the request letter, another attachment of the letter, or data
 * the official prepared for the applicant (REQ-4: "menyiapkan data mentah").
 */
public enum FileKind {
    ID_SCAN, REQUEST_LETTER, ATTACHMENT, DATA
}
