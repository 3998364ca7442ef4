package id.go.kpu.eppid.consultation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.consultation.application.ConsultationLetterFacts;
import id.go.kpu.eppid.consultation.application.Consultations;
import id.go.kpu.eppid.consultation.application.ScheduleCommand;
import id.go.kpu.eppid.consultation.domain.ConsultationRules;
import id.go.kpu.eppid.consultation.domain.ConsultationSession;
import id.go.kpu.eppid.consultation.domain.ConsultationStatus;
import id.go.kpu.eppid.consultation.domain.DelegationStatus;
import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.processing.application.DisposeCommand;
import id.go.kpu.eppid.processing.application.RequestWorkflow;
import id.go.kpu.eppid.processing.domain.DispositionPriority;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.EventAction;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.mail.OutgoingMail;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The consultation service in the container (CON-3, CON-4, ORG-3) at KPU Kota Kupang: scheduling with the
 * invitation mail, the official not booked twice, delegation only after the scheduled Commissioner approves, the
 * approved delegate's result deciding the request, another office's staff getting "not found", and the facts of the
 * answer letter.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestIntake intake;
    @Inject
    RequestUploads uploads;
    @Inject
    RequestWorkflow workflow;
    @Inject
    Calendars calendars;
    @Inject
    RequestRecords records;
    @Inject
    StaffDirectory staff;
    @Inject
    OfficeDirectory offices;
    @Inject
    MailQueue mailQueue;
    @Inject
    Consultations consultations;
    @Inject
    ConsultationLetterFacts letterFacts;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private Office kupang() {
        return offices.findByCode("5371").orElseThrow();
    }

    /** A consultation request submitted online at Kupang, disposed by the Chair to the subdivision head. */
    private long disposedConsultation() {
        byte[] jpeg = TestFiles.smallJpeg();
        List<AcceptedFile> files = List.of(uploads.accept(FileKind.ID_SCAN, "ktp.jpg", jpeg.length,
                new ByteArrayInputStream(jpeg)));
        Receipt r = intake.submit(new IntakeCommand(kupang().getId(), RequestKind.CONSULTATION, Channel.ONLINE,
                UUID.randomUUID().toString(), ApplicantType.INDIVIDUAL, "Maria Ndun", null,
                IdType.NIK, "5371011203800004", "Jl. Timor Raya 8, Kupang", null, "0812 3456 7890",
                "maria@example.org", "Tata cara pendaftaran pemantau pemilihan", "Persiapan pemantauan Pilkada",
                null, DeliveryMethod.EMAIL, "Situs web KPU", true, Messages.INDONESIAN), files, "applicant");
        workflow.dispose(who("ketua.kupang"), r.requestId(), new DisposeCommand(who("kasubag.kupang").getId(),
                "Jadwalkan konsultasi dengan Anggota Divisi Teknis.", DispositionPriority.NORMAL, null));
        return r.requestId();
    }

    private ServiceRequest request(long id) {
        return records.find(id, who("ketua.kupang")).orElseThrow();
    }

    /**
     * The first working day from tomorrow with {@code hours} free hours in a row for the official, starting on the
     * hour (the test database keeps the sessions of earlier runs).
     */
    record FreeSlot(LocalDate day, int hour) {
    }

    private FreeSlot freeSlot(StaffAccount official, int hours) {
        Office office = kupang();
        ZoneId zone = office.getZone();
        LocalDate day = LocalDate.now(zone).plusDays(1);
        for (int tries = 0; tries < 400; tries++, day = day.plusDays(1)) {
            if (!calendars.of(office, ServiceKind.CONSULTATION).isWorkingDay(day)) {
                continue;
            }
            List<ConsultationSession> booked = consultations.upcoming(office.getId(),
                    day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
            for (int h = office.getOpensAt().getHour(); h + hours <= office.getClosesAt().getHour(); h++) {
                Instant start = day.atTime(h, 0).atZone(zone).toInstant();
                Instant end = start.plusSeconds(3600L * hours);
                if (booked.stream().noneMatch(s -> s.getStatus() == ConsultationStatus.SCHEDULED
                        && s.getOfficial().getUsername().equals(official.getUsername())
                        && ConsultationRules.overlaps(start, end, s.getStartsAt(), s.getEndsAt()))) {
                    return new FreeSlot(day, h);
                }
            }
        }
        throw new AssertionError("no free slot");
    }

    private static InvalidInputException refused(Executable step) {
        try {
            step.execute();
        } catch (InvalidInputException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a refusal, got " + t, t);
        }
        throw new AssertionError("expected a refusal");
    }

    private static String key(Executable step) {
        return refused(step).problems().get(0).key();
    }

    @Test
    void scheduleDelegateApproveAndTheDelegatesResultDecidesTheRequest() {
        long id = disposedConsultation();
        String number = request(id).getRegistrationNumber();
        StaffAccount anggota = who("anggota.kupang");
        FreeSlot free = freeSlot(anggota, 2);
        LocalDate day = free.day();
        int hour = free.hour();
        ScheduleCommand slot = new ScheduleCommand(anggota.getId(), day, LocalTime.of(hour, 0),
                LocalTime.of(hour + 1, 0), "Ruang PPID lantai 1", null, List.of(who("staf.kupang").getId()));

        // ORG-3 / CON-3: a staff member neither assigned nor at the desk does not schedule; CON-4: two officers
        assertEquals("consultation.notAllowed.schedule", key(() -> consultations.schedule(who("staf.kupang"), id,
                slot)));
        InvalidInputException alone = refused(() -> consultations.schedule(who("fo.kupang"), id,
                new ScheduleCommand(anggota.getId(), day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0),
                        null, "ftp://x", List.of())));
        assertEquals(List.of("companions:consultation.companions.tooFew", "onlineLink:consultation.link.invalid"),
                alone.problems().stream().map(p -> p.field() + ":" + p.key()).toList());

        // the front office directs the applicant to the Commissioner (CON-3); the applicant is invited by e-mail
        ConsultationSession session = consultations.schedule(who("fo.kupang"), id, slot);
        assertEquals(ConsultationStatus.SCHEDULED, session.getStatus());
        OutgoingMail invitation = mailQueue.forRequest(id).get(0);
        assertEquals("Jadwal konsultasi permohonan " + number, invitation.getSubject());
        assertTrue(invitation.getBody().contains("pukul " + String.format("%02d", hour) + ".00 WITA")
                && invitation.getBody().contains("Ruang PPID lantai 1")
                && invitation.getBody().contains(anggota.getFullName()), invitation.getBody());

        // the Commissioner is not booked twice: another request half an hour later is refused, naming the clash
        long other = disposedConsultation();
        InvalidInputException clash = refused(() -> consultations.schedule(who("ketua.kupang"), other,
                new ScheduleCommand(anggota.getId(), day, LocalTime.of(hour, 30), LocalTime.of(hour + 1, 30),
                        "Ruang rapat", null, List.of(who("kabag.kupang").getId()))));
        assertEquals("startTime", clash.problems().get(0).field());
        assertEquals("consultation.slot.clash", clash.problems().get(0).key());
        assertEquals(number, clash.problems().get(0).args()[2]);
        // right after it is fine; then that one is cancelled, with the reason, and kept
        ConsultationSession next = consultations.schedule(who("ketua.kupang"), other, new ScheduleCommand(
                anggota.getId(), day, LocalTime.of(hour + 1, 0), LocalTime.of(hour + 2, 0), null,
                "https://meet.example.org/kpu-kupang", List.of(who("kabag.kupang").getId())));
        assertEquals("reason", refused(() -> consultations.cancel(who("fo.kupang"), next.getId(), " "))
                .problems().get(0).field());
        consultations.cancel(who("fo.kupang"), next.getId(), "Pemohon berhalangan hadir");
        assertEquals(ConsultationStatus.CANCELLED, consultations.sessions(request(other)).get(0).getStatus());
        assertTrue(mailQueue.forRequest(other).get(0).getSubject().contains("dibatalkan"));

        // CON-3: delegated to the division head; he cannot record before the Commissioner approves
        consultations.requestDelegation(who("fo.kupang"), session.getId(), who("kabag.kupang").getId(),
                "Anggota Divisi Teknis sedang rapat pleno di KPU Provinsi");
        assertEquals("consultation.result.delegationNotApproved", key(() -> consultations.recordResult(
                who("kabag.kupang"), session.getId(), "Hasil")));
        // only the scheduled Commissioner (or the Chair) decides — not the Secretary, not the delegate
        assertEquals("consultation.delegation.notDecider", key(() -> consultations.decideDelegation(
                who("sekretaris.kupang"), session.getId(), true, null)));
        assertEquals("consultation.delegation.notDecider", key(() -> consultations.decideDelegation(
                who("kabag.kupang"), session.getId(), true, null)));
        consultations.decideDelegation(anggota, session.getId(), true, "Silakan, sampaikan juga jadwal tahapan.");

        // another office's staff get "not found", for the request and the session
        assertEquals("workflow.request.notFound", key(() -> consultations.schedule(who("admin.mesuji"), id, slot)));
        assertEquals("consultation.session.notFound", key(() -> consultations.recordResult(who("admin.mesuji"),
                session.getId(), "Hasil")));

        // the approved delegate records the result: the session is held and the request decided
        assertEquals(RequestStatus.DECIDED, consultations.recordResult(who("kabag.kupang"), session.getId(),
                "Dijelaskan syarat akreditasi pemantau dan jadwal pendaftaran."));
        ServiceRequest decided = request(id);
        assertEquals(RequestStatus.DECIDED, decided.getStatus());
        ConsultationSession held = consultations.sessions(decided).get(0);
        assertEquals(ConsultationStatus.HELD, held.getStatus());
        assertEquals(DelegationStatus.APPROVED, held.getDelegationStatus());
        assertEquals("kabag.kupang", held.getResultRecordedBy().getUsername());
        List<EventAction> actions = records.events(decided).stream().map(RequestEvent::getAction).toList();
        assertTrue(actions.containsAll(List.of(EventAction.CONSULTATION_SCHEDULED, EventAction.DELEGATION_REQUESTED,
                EventAction.DELEGATION_APPROVED, EventAction.CONSULTATION_HELD)), actions.toString());
        assertEquals(RequestStatus.DECIDED, records.events(decided).get(actions.size() - 1).getToStatus());
        assertEquals("Permohonan " + number + ": Diputuskan", mailQueue.forRequest(id).get(0).getSubject(),
                "the 'decided' milestone mail");
        assertEquals("consultation.request.notOpen", key(() -> consultations.schedule(who("fo.kupang"), id, slot)),
                "a decided request gets no new session");

        // CON-3: the answer letter's facts
        assertEquals(java.util.Set.of(OutgoingLetterType.CONSULTATION_ANSWER), letterFacts.applicable(decided));
        Map<String, Object> facts = letterFacts.facts(decided, OutgoingLetterType.CONSULTATION_ANSWER, Messages.INDONESIAN);
        assertEquals("Dijelaskan syarat akreditasi pemantau dan jadwal pendaftaran.", facts.get("result"));
        assertTrue(facts.get("consultedWith").toString().startsWith(who("kabag.kupang").getFullName()));
        assertTrue(facts.get("consultationDate").toString().contains(String.valueOf(day.getYear())));
        assertTrue(letterFacts.applicable(request(other)).isEmpty(), "no result, no answer letter yet");
    }
}
