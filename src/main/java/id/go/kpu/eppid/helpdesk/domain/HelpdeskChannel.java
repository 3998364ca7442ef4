package id.go.kpu.eppid.helpdesk.domain;

/** The four channels of the SIPOL helpdesk (HD-3). */
public enum HelpdeskChannel {
    FACE_TO_FACE, EMAIL, MESSAGING_GROUP, ONLINE_MEETING;

    /**
     * HD-6: in a conversation the officer reads the problem back and the party confirms it before the answer; a
     * written question (e-mail, message in the group) is answered as written.
     */
    public boolean readBack() {
        return this == FACE_TO_FACE || this == ONLINE_MEETING;
    }
}
