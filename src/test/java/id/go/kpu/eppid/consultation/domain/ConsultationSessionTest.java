package id.go.kpu.eppid.consultation.domain;

import static id.go.kpu.eppid.consultation.domain.ConsultationRulesTest.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** CON-3, CON-4: a session's delegation and result, and who may take each step. */
class ConsultationSessionTest {

    static final Instant AT = Instant.parse("2026-11-19T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-18T01:00:00Z");

    final StaffAccount anggota = staff("anggota", Role.COMMISSIONER);
    final StaffAccount ketua = staff("ketua", Role.CHAIR);
    final StaffAccount sekretaris = staff("sekretaris", Role.SECRETARY);
    final StaffAccount kabag = staff("kabag", Role.DIVISION_HEAD);
    final StaffAccount kasubag = staff("kasubag", Role.SUBDIVISION_HEAD);
    final StaffAccount staf = staff("staf", Role.STAFF);
    final StaffAccount fo = staff("fo", Role.FRONT_OFFICE);

    private ConsultationSession session(StaffAccount official, StaffAccount... companions) {
        return new ConsultationSession(null, official, AT, AT.plusSeconds(3600), "Ruang PPID", null,
                List.of(companions), fo, NOW);
    }

    private static String key(Executable step) {
        return assertThrows(InvalidInputException.class, step).problems().get(0).key();
    }

    @Test
    void aSessionNeedsAConsultedOfficialTwoOfficersAndAPlace() {
        assertEquals("consultation.official.invalid", key(() -> session(kabag, staf)));
        assertEquals("consultation.companions.tooFew", key(() -> session(anggota)), "CON-4");
        assertEquals("consultation.where.required", key(() -> new ConsultationSession(null, anggota, AT,
                AT.plusSeconds(60), null, null, List.of(staf), fo, NOW)));
        ConsultationSession s = session(sekretaris, staf);
        assertEquals(ConsultationStatus.SCHEDULED, s.getStatus());
        assertEquals(sekretaris, s.getConductedBy());
        assertTrue(s.isCompanion(staf));
    }

    @Test
    void theDelegateRecordsTheResultOnlyAfterTheOfficialApproves() {
        ConsultationSession s = session(anggota, staf);
        s.requestDelegation(kasubag, "Anggota dinas luar kota", fo, NOW);
        assertEquals(DelegationStatus.REQUESTED, s.getDelegationStatus());
        assertFalse(s.mayRecordResult(kasubag));
        assertEquals("consultation.result.delegationNotApproved", key(() -> s.recordResult(kasubag, "Hasil", NOW)));
        assertEquals("consultation.delegation.exists",
                key(() -> s.requestDelegation(kabag, "lagi", fo, NOW)), "one delegation at a time");

        // only the scheduled Commissioner (or the Chair) decides: not the Secretary, not the delegate
        assertEquals("consultation.delegation.notDecider", key(() -> s.decideDelegation(sekretaris, true, null, NOW)));
        assertEquals("consultation.delegation.notDecider", key(() -> s.decideDelegation(kasubag, true, null, NOW)));
        assertFalse(s.mayDecideDelegation(fo));
        assertTrue(s.mayDecideDelegation(ketua));
        s.decideDelegation(anggota, true, "Silakan", NOW);
        assertEquals(DelegationStatus.APPROVED, s.getDelegationStatus());
        assertEquals(kasubag, s.getConductedBy());
        assertEquals("consultation.delegation.none", key(() -> s.decideDelegation(anggota, false, null, NOW)));

        assertEquals("consultation.result.notAllowed", key(() -> s.recordResult(staf, "Hasil", NOW)),
                "a companion does not record the result");
        s.recordResult(kasubag, "Dijelaskan tata cara pendaftaran pemantau.", NOW);
        assertEquals(ConsultationStatus.HELD, s.getStatus());
        assertEquals(kasubag, s.getResultRecordedBy());
        assertEquals("consultation.session.notScheduled", key(() -> s.recordResult(anggota, "lagi", NOW)));
        assertEquals("consultation.session.notScheduled", key(() -> s.cancel(fo, "x", NOW)));
    }

    @Test
    void aRefusedDelegationLeavesItToTheOfficialAndMayBeAskedAgain() {
        ConsultationSession s = session(anggota, staf);
        s.requestDelegation(kasubag, "Rapat pleno", fo, NOW);
        s.decideDelegation(ketua, false, "Anggota kembali pukul 10", NOW);
        assertEquals(DelegationStatus.REFUSED, s.getDelegationStatus());
        assertEquals(anggota, s.getConductedBy());
        assertFalse(s.mayRecordResult(kasubag));
        assertTrue(s.mayRecordResult(anggota));
        s.requestDelegation(kabag, "Anggota sakit", fo, NOW);
        assertEquals(DelegationStatus.REQUESTED, s.getDelegationStatus());
        assertNull(s.getDelegationDecidedBy(), "the earlier decision is in the history, not on the new request");
    }

    @Test
    void delegatesAreStructuralOfficialsAndTwoOfficersRemain() {
        ConsultationSession s = session(anggota, kasubag);
        assertEquals("consultation.delegate.invalid", key(() -> s.requestDelegation(staf, "x", fo, NOW)));
        assertEquals("consultation.delegate.invalid", key(() -> s.requestDelegation(ketua, "x", fo, NOW)));
        assertEquals("consultation.delegate.lastCompanion", key(() -> s.requestDelegation(kasubag, "x", fo, NOW)),
                "the only companion cannot become the delegate: CON-4 wants two officers");
        ConsultationSession bySecretary = session(sekretaris, staf);
        assertEquals("consultation.delegate.invalid",
                key(() -> bySecretary.requestDelegation(sekretaris, "x", fo, NOW)), "not to the official");
        ConsultationSession two = session(anggota, kasubag, staf);
        two.requestDelegation(kasubag, "x", fo, NOW);
        assertEquals(DelegationStatus.REQUESTED, two.getDelegationStatus());
    }

    @Test
    void aCancelledSessionTakesNoMoreSteps() {
        ConsultationSession s = session(anggota, staf);
        s.cancel(fo, "Pemohon berhalangan", NOW);
        assertEquals(ConsultationStatus.CANCELLED, s.getStatus());
        assertEquals("Pemohon berhalangan", s.getCancelReason());
        assertEquals("consultation.session.notScheduled", key(() -> s.requestDelegation(kasubag, "x", fo, NOW)));
        assertFalse(s.mayRecordResult(anggota));
    }
}
