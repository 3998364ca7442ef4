package id.go.kpu.eppid.standards.domain;

/**
 * The SOP flows whose steps have a time standard (mutu baku): a request by letter or online (seed 003 steps 5–13),
 * a walk-in to the Chair or Secretary (seed 003 steps 1–4), the helpdesk flow (seed 001) and its queue (seed 002).
 */
public enum StepProcess {
    REQUEST_LETTER, WALK_IN, HELPDESK, QUEUE
}
