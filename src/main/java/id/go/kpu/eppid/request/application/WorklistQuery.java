package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import java.time.LocalDate;

/**
 * Filters and order of the officer worklist; every field is optional.
 *
 * @param from first day received (office time zone), inclusive
 * @param to last day received, inclusive
 * @param text words in the number, the applicant's name or the subject
 */
public record WorklistQuery(RequestKind kind, RequestStatus status, Channel channel, LocalDate from, LocalDate to,
        String text, Sort sort, boolean ascending) {

    /** The columns the worklist sorts on. */
    public enum Sort { DUE, RECEIVED }

    /** Open requests, soonest due first. */
    public static WorklistQuery byDueDate() {
        return new WorklistQuery(null, null, null, null, null, null, Sort.DUE, true);
    }
}
