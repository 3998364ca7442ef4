package id.go.kpu.eppid.request.domain;

/** How the applicant receives the answer or copy. */
public enum DeliveryMethod {
    COLLECT, POST, EMAIL, WHATSAPP
}
