package id.go.kpu.eppid.helpdesk.domain;

/** What a helpdesk consultation is about, for the recaps (HD-10): the parts of a party's SIPOL registration. */
public enum ConsultationTopic {
    REGISTRATION, MANAGEMENT, MEMBERSHIP, OFFICE_DOMICILE, DOCUMENTS, SIPOL_ACCOUNT, SIPOL_APPLICATION, OTHER
}
