package id.go.kpu.eppid.request.domain;

/** What happened to a request, for its history and audit trail. */
public enum EventAction {
    SUBMITTED, STATUS_CHANGED, FILE_VIEWED, MAIL_QUEUED, TAKEN_TO_OFFICIAL, DISPOSED, ANALYSIS_RECORDED,
    ITEM_CLASSIFIED, DATA_ATTACHED, HANDED_OVER, DOCUMENT_DOWNLOADED
}
