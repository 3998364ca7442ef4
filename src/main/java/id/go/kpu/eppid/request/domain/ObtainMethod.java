package id.go.kpu.eppid.request.domain;

/** How the applicant wants to obtain the information (UU 14/2008 form): view, read, listen or note it, or a copy. */
public enum ObtainMethod {
    VIEW_READ_LISTEN_NOTE, SOFTCOPY, HARDCOPY
}
