package id.go.kpu.eppid.delivery.domain;

/** What is handed over (REQ-4): the raw data without a reply letter, or the reply letter with or without data. */
public enum HandOverContent {
    DATA_ONLY, LETTER_AND_DATA, LETTER_ONLY;

    public boolean includesLetter() {
        return this != DATA_ONLY;
    }

    public boolean includesData() {
        return this != LETTER_ONLY;
    }
}
