package id.go.kpu.eppid.request.domain;

/** Whether a request asks for data/information (REQ) or for a consultation (CON). */
public enum RequestKind {
    INFORMATION, CONSULTATION
}
