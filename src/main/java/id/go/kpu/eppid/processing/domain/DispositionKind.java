package id.go.kpu.eppid.processing.domain;

/** REQ-4: a written disposition (disposition sheet); REQ-5: an oral one, recorded by the official who received it. */
public enum DispositionKind {
    WRITTEN, ORAL
}
