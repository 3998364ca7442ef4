package id.go.kpu.eppid.outgoing.domain;

/**
 * How an approved letter was signed. Today the signing official approves in the portal; an electronic-signature
 * standard (e.g. a certified signature from BSrE) can be added as another constant, with its reference kept in the
 * letter's {@code signature_ref} column.
 */
public enum SignatureMethod {
    /** The signing official approved the letter while signed in to the portal; who and when are recorded. */
    PORTAL_APPROVAL
}
