package id.go.kpu.eppid.outgoing.domain;

import id.go.kpu.eppid.staff.domain.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who drafts and who signs an outgoing letter.
 *
 * <ul>
 * <li>At a KPU office the Secretary (Sekretaris) is the PPID, so the Secretary signs the PPID's notices: acceptance,
 * partial grant, refusal, "not held" and extension (REQ-6, LAW-1, LAW-2).</li>
 * <li>The Chair (Ketua) may sign acceptance, "not held" and extension notices too, but not a refusal or a partial
 * grant: the Chair is the PPID's superior (atasan PPID) who decides the applicant's objection to them (LAW-3), and
 * cannot decide an objection against a decision they signed.</li>
 * <li>The answer to an objection is the superior's own: the Chair signs it (LAW-3, UU 14/2008 Pasal 36).</li>
 * <li>A consultation answer is signed by whoever held the consultation: a Commissioner (Anggota), the Secretary, or
 * the Chair (CON-3).</li>
 * <li>Drafting is for the official the request is assigned to, the Chair and Secretary above them (ORG-3), and the
 * PPID operator who prepares the PPID's letters.</li>
 * </ul>
 */
public final class SigningRules {

    /** Roles that draft letters on any request of their office (besides the request's assigned official). */
    public static final Set<Role> DRAFTERS = EnumSet.of(Role.CHAIR, Role.SECRETARY, Role.PPID_OPERATOR);

    /** Roles that may cancel any draft of their office (besides its drafter and chosen signer). */
    public static final Set<Role> SUPERVISORS = EnumSet.of(Role.CHAIR, Role.SECRETARY);

    private SigningRules() {
    }

    /** The roles one of which the signing official of a letter of this type must hold. */
    public static Set<Role> signerRoles(OutgoingLetterType type) {
        return switch (type) {
            case REFUSAL, PARTIAL_GRANT -> EnumSet.of(Role.SECRETARY);
            case ACCEPTANCE, NOT_HELD, EXTENSION -> EnumSet.of(Role.SECRETARY, Role.CHAIR);
            case CONSULTATION_ANSWER -> EnumSet.of(Role.COMMISSIONER, Role.SECRETARY, Role.CHAIR);
            case OBJECTION_DECISION -> EnumSet.of(Role.CHAIR);
        };
    }
}
