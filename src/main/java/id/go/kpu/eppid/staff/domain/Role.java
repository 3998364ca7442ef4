package id.go.kpu.eppid.staff.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Staff roles (ORG-2). The enum names are the security role names used in web.xml and {@code @RolesAllowed}.
 * Each role has a short slug used for demo account names.
 */
public enum Role {
    SECURITY_DESK("pamdal"),
    FRONT_OFFICE("fo"),
    PPID_OPERATOR("ppid"),
    LETTER_INTAKE("umum"),
    CHAIR("ketua"),
    SECRETARY("sekretaris"),
    COMMISSIONER("anggota"),
    DIVISION_HEAD("kabag"),
    SUBDIVISION_HEAD("kasubag"),
    STAFF("staf"),
    HELPDESK_PIC("hd-pj"),
    HELPDESK_HEAD("hd-ketua"),
    HELPDESK_SECRETARY("hd-sekretaris"),
    HELPDESK_COORDINATOR("hd-koordinator"),
    HELPDESK_DAILY_COORDINATOR("hd-koordinator-harian"),
    HELPDESK_OFFICER("hd-petugas"),
    ADMIN("admin");

    /** Roles that work on information and consultation requests and so see the office's worklist. */
    public static final Set<Role> REQUEST_WORKERS = EnumSet.of(FRONT_OFFICE, PPID_OPERATOR, LETTER_INTAKE, CHAIR,
            SECRETARY, COMMISSIONER, DIVISION_HEAD, SUBDIVISION_HEAD, STAFF, ADMIN);

    /** Roles that need to see an applicant's ID scan; every view is recorded. */
    public static final Set<Role> ID_SCAN_READERS = EnumSet.of(FRONT_OFFICE, PPID_OPERATOR, LETTER_INTAKE, CHAIR,
            SECRETARY, SUBDIVISION_HEAD);

    /** Roles that keep or read the guest book and see who is in the building (REQ-3, CON-5, HD-4). */
    public static final Set<Role> GUEST_BOOK = EnumSet.of(SECURITY_DESK, FRONT_OFFICE, CHAIR, SECRETARY,
            HELPDESK_HEAD, HELPDESK_COORDINATOR, HELPDESK_DAILY_COORDINATOR, HELPDESK_OFFICER, ADMIN);

    /** Roles that register guests, hand out and take back visitor cards and ID cards. */
    public static final Set<Role> GUEST_DESK = EnumSet.of(SECURITY_DESK, FRONT_OFFICE, HELPDESK_DAILY_COORDINATOR,
            HELPDESK_OFFICER, ADMIN);

    /** Roles that see a guest's full ID number (others see it masked). */
    public static final Set<Role> GUEST_ID_READERS = EnumSet.of(SECURITY_DESK, FRONT_OFFICE);

    /** Roles that register requests on an applicant's behalf: walk-ins, letters, telephone and social media. */
    public static final Set<Role> DESK_INTAKE = EnumSet.of(FRONT_OFFICE, PPID_OPERATOR, LETTER_INTAKE, ADMIN);

    /** Roles that read the office's whole audit trail. */
    public static final Set<Role> AUDIT_READERS = EnumSet.of(CHAIR, SECRETARY, ADMIN);

    /** Roles that manage the office's pool of visitor cards. */
    public static final Set<Role> CARD_KEEPERS = EnumSet.of(SECURITY_DESK, ADMIN);
    /** Roles that issue queue tickets (HD-5): the security desk and front office at the entrance, the desks. */
    public static final Set<Role> QUEUE_ISSUERS = EnumSet.of(SECURITY_DESK, FRONT_OFFICE, HELPDESK_PIC, HELPDESK_HEAD,
            HELPDESK_SECRETARY, HELPDESK_COORDINATOR, HELPDESK_DAILY_COORDINATOR, HELPDESK_OFFICER, ADMIN);

    /** Roles that work a queue desk: call, serve and transfer tickets (not the security desk). */
    public static final Set<Role> QUEUE_DESK_WORKERS = EnumSet.of(FRONT_OFFICE, HELPDESK_PIC, HELPDESK_HEAD,
            HELPDESK_SECRETARY, HELPDESK_COORDINATOR, HELPDESK_DAILY_COORDINATOR, HELPDESK_OFFICER, ADMIN);

    /** The SIPOL helpdesk team of an office (HD-1): they receive, answer and escalate parties' consultations. */
    public static final Set<Role> HELPDESK_TEAM = EnumSet.of(HELPDESK_PIC, HELPDESK_HEAD, HELPDESK_SECRETARY,
            HELPDESK_COORDINATOR, HELPDESK_DAILY_COORDINATOR, HELPDESK_OFFICER);

    /** HD-1, HD-2: who keeps the team by decree and the duty roster: the person in charge, head, secretary, coordinator. */
    public static final Set<Role> HELPDESK_MANAGERS = EnumSet.of(HELPDESK_PIC, HELPDESK_HEAD, HELPDESK_SECRETARY,
            HELPDESK_COORDINATOR);

    /** HD-15: who supervises the officers (incidents reach them; they note negligence): person in charge, head, coordinator. */
    public static final Set<Role> HELPDESK_SUPERVISORS = EnumSet.of(HELPDESK_PIC, HELPDESK_HEAD, HELPDESK_COORDINATOR);

    /** HD-8: who answers at an office's first escalation level, its Commissioner (or the helpdesk's person in charge). */
    public static final Set<Role> HELPDESK_COMMISSIONERS = EnumSet.of(COMMISSIONER, HELPDESK_PIC);

    private final String slug;

    Role(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
