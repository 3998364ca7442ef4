package id.go.kpu.eppid.helpdesk.domain;

/** Why a party is called back (HD-9, seed 000 C.3): a question not answered yet, or an answer to correct. */
public enum CallbackReason {
    NOT_ANSWERED, ANSWER_CORRECTION
}
