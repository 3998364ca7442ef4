package id.go.kpu.eppid.request.domain;

/** What a file attached to a request is. */
public enum FileKind {
    ID_SCAN, REQUEST_LETTER
}
