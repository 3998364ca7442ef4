package id.go.kpu.eppid.request.domain;

/** What a file attached to a request is: the ID scan, the request letter, another attachment of the letter. */
public enum FileKind {
    ID_SCAN, REQUEST_LETTER, ATTACHMENT
}
