package id.go.kpu.eppid.request.domain;

/**
 * Where a request stands. The foundation knows only {@link #RECEIVED}; disposition, analysis, decision and
 * delivery are added with the processing workflow.
 */
public enum RequestStatus {
    RECEIVED
}
