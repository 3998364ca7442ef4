package id.go.kpu.eppid.processing.domain;

/** The urgency marked on a disposition sheet: biasa, segera, sangat segera. */
public enum DispositionPriority {
    NORMAL, URGENT, VERY_URGENT
}
