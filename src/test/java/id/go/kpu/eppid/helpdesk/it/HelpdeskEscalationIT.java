package id.go.kpu.eppid.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.helpdesk.application.HelpdeskDesk;
import id.go.kpu.eppid.helpdesk.application.HelpdeskEscalations;
import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.application.OpenCommand;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEntryKind;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskEscalation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskStatus;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HD-8 in the container: a question the Mesuji helpdesk cannot answer goes to the Mesuji Commissioner, on to the
 * Lampung provincial helpdesk and to the KPU RI helpdesk; RI's answer comes back to Mesuji, which answers the party.
 * Each office sees the consultation only once it reached it; an office off the path never sees it.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskEscalationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    HelpdeskDesk desk;
    @Inject
    HelpdeskEscalations escalations;
    @Inject
    HelpdeskRecords records;
    @Inject
    StaffDirectory staff;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private boolean sees(String username, long id) {
        return records.find(who(username), id).isPresent();
    }

    @Test
    void aQuestionClimbsFromMesujiToLampungToKpuRiAndTheAnswerComesBackDown() {
        long partai = desk.parties().stream().filter(p -> p.getCode().equals("PSI")).findFirst().orElseThrow().getId();
        HelpdeskConsultation c = desk.open(who("hd-petugas.mesuji"), new OpenCommand(HelpdeskChannel.MESSAGING_GROUP,
                partai, null, "Rina Oktaviani", "0812 7000 1811", null, ConsultationTopic.MEMBERSHIP,
                "Anggota terdaftar ganda di dua kabupaten; mana yang dihapus?", null, null, null));
        long id = c.getId();
        assertTrue(c.getNumber().matches("HD-1811-\\d{4}-\\d{6}"), c.getNumber());
        assertEquals(HelpdeskStatus.CONFIRMED, c.getStatus(), "a written question needs no read-back");
        assertTrue(sees("hd-petugas.mesuji", id));
        assertFalse(sees("hd-petugas.lampung", id), "not escalated yet");
        assertFalse(sees("hd-petugas.kupang", id), "another district never");

        // the helpdesk escalates to its Commissioner; the officers cannot answer for him
        escalations.escalate(who("hd-petugas.mesuji"), id, "Ketentuan keanggotaan ganda lintas kabupaten tidak ada di FAQ.");
        assertThrows(InvalidInputException.class, () -> escalations.answer(who("hd-petugas.mesuji"), id, "x"));
        assertThrows(InvalidInputException.class, () -> desk.answer(who("hd-petugas.mesuji"), id, "x", null, false),
                "held by the escalation");
        assertTrue(escalations.mayAct(who("anggota.mesuji"), records.find(who("anggota.mesuji"), id).orElseThrow()));
        assertFalse(sees("hd-petugas.lampung", id));
        escalations.passOn(who("anggota.mesuji"), id, "Mohon petunjuk Helpdesk KPU Provinsi Lampung.");

        // Lampung sees it, RI does not yet; Lampung passes it on
        assertTrue(sees("hd-petugas.lampung", id));
        assertFalse(sees("hd-petugas.ri", id));
        assertThrows(InvalidInputException.class, () -> escalations.answer(who("anggota.mesuji"), id, "x"),
                "the Commissioner passed it on");
        escalations.passOn(who("hd-petugas.lampung"), id, "Diteruskan ke Helpdesk KPU RI.");
        assertTrue(sees("hd-petugas.ri", id));
        assertFalse(escalations.canPassOn(records.find(who("hd-petugas.ri"), id).orElseThrow()), "the top");
        assertThrows(InvalidInputException.class, () -> escalations.passOn(who("hd-petugas.ri"), id, "x"));

        // RI answers; the answer comes back to Mesuji, which answers the party
        escalations.answer(who("hd-petugas.ri"), id, "Keanggotaan dihapus di kabupaten yang tidak sesuai KTA.");
        HelpdeskConsultation back = records.find(who("hd-petugas.mesuji"), id).orElseThrow();
        assertEquals(HelpdeskStatus.ESCALATION_ANSWERED, back.getStatus());
        assertEquals(back.getOfficeId(), back.getHolderOfficeId());
        desk.answer(who("hd-petugas.mesuji"), id, "Sesuai jawaban Helpdesk KPU RI: hapus di kabupaten yang tidak "
                + "sesuai KTA.", "Jawaban Helpdesk KPU RI", false);
        desk.understood(who("hd-petugas.mesuji"), id, true);

        List<HelpdeskEscalation> levels = escalations.levels(back);
        assertEquals(3, levels.size());
        assertEquals(List.of(HelpdeskEscalation.Outcome.PASSED_ON, HelpdeskEscalation.Outcome.PASSED_ON,
                HelpdeskEscalation.Outcome.ANSWERED), levels.stream().map(HelpdeskEscalation::getOutcome).toList());
        assertTrue(levels.get(0).isCommissioner() && !levels.get(1).isCommissioner());
        assertEquals(List.of(HelpdeskEntryKind.RECEIVED, HelpdeskEntryKind.ESCALATED, HelpdeskEntryKind.PASSED_ON,
                HelpdeskEntryKind.PASSED_ON, HelpdeskEntryKind.ESCALATION_ANSWERED, HelpdeskEntryKind.ANSWERED,
                HelpdeskEntryKind.UNDERSTOOD), records.thread(back).stream().map(e -> e.getKind()).toList(),
                "the whole thread, each step once");
        assertTrue(sees("hd-petugas.lampung", id) && sees("hd-petugas.ri", id), "the path keeps seeing it");
        assertFalse(sees("hd-petugas.kupang", id) || sees("fo.mesuji", id), "off the path or not the team: never");
    }

    @Test
    void onlyTheTeamOfTheOfficeThatReceivedItWorksOnIt() {
        HelpdeskConsultation c = desk.open(who("hd-petugas.mesuji"), new OpenCommand(HelpdeskChannel.FACE_TO_FACE,
                null, "Partai Calon Contoh", "Budi Santoso", "0812 7000 1812", null, ConsultationTopic.SIPOL_ACCOUNT,
                "Lupa kata sandi akun SIPOL.", null, null, null));
        assertThrows(InvalidInputException.class, () -> desk.confirm(who("hd-petugas.lampung"), c.getId(), null));
        assertThrows(InvalidInputException.class, () -> desk.confirm(who("fo.mesuji"), c.getId(), null));
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> desk.open(
                who("hd-petugas.mesuji"), new OpenCommand(HelpdeskChannel.FACE_TO_FACE, null, " ", " ", "12", null,
                        null, " ", null, null, null)));
        assertEquals(List.of("party", "representative", "phone", "topic", "problem").stream().sorted().toList(),
                missing.problems().stream().map(p -> p.field()).sorted().toList());
    }
}
