package id.go.kpu.eppid.request.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.application.RequestTracking;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.application.TrackingView;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.mail.MailQueue;
import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.TestFiles;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake service in the container against the MySQL-protocol test database: validation, one transaction,
 * registration numbers without gaps or duplicates under concurrent submissions, idempotent resubmission, tracking.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestIntake intake;
    @Inject
    RequestUploads uploads;
    @Inject
    RequestTracking tracking;
    @Inject
    OfficeDirectory offices;
    @Inject
    MailQueue mailQueue;
    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource database;

    private Office office(String code) {
        return offices.findByCode(code).orElseThrow();
    }

    private IntakeCommand command(Office office, RequestKind kind, String key, String email) {
        return new IntakeCommand(office.getId(), kind, Channel.ONLINE, key, ApplicantType.INDIVIDUAL,
                "Maria Ndoen", null, IdType.NIK, "5371015203900002", "Jl. El Tari No. 5, Kupang", "Mahasiswa",
                "0812-3726-4642", email, "Data DPT Kota Kupang Pemilu 2024 per kelurahan", "Penelitian skripsi",
                kind == RequestKind.INFORMATION ? ObtainMethod.SOFTCOPY : null,
                email == null ? DeliveryMethod.COLLECT : DeliveryMethod.EMAIL,
                "Situs web KPU", true, Messages.INDONESIAN);
    }

    private List<AcceptedFile> idScan() {
        byte[] jpeg = TestFiles.smallJpeg();
        return List.of(uploads.accept(FileKind.ID_SCAN, "ktp.jpg", jpeg.length, new ByteArrayInputStream(jpeg)));
    }

    @Test
    void registersARequestWithNumberDeadlineFileHistoryAndMail() {
        Office kupang = office("5371");
        Receipt r = intake.submit(command(kupang, RequestKind.INFORMATION, UUID.randomUUID().toString(),
                "maria@example.org"), idScan(), "applicant");
        RegistrationNumber number = RegistrationNumber.parse(r.registrationNumber()).orElseThrow();
        assertEquals(RequestKind.INFORMATION, number.kind());
        assertEquals("5371", number.officeCode());
        assertEquals(r.receivedAt().atZone(ZoneId.of("Asia/Makassar")).getYear(), number.year());
        assertNotNull(r.trackingCode());
        assertTrue(r.dueAt().isAfter(r.receivedAt().plusSeconds(10L * 24 * 3600)), "10 working days > 10 days");
        assertEquals(1, mailQueue.forRequest(r.requestId()).size(), "confirmation mail queued");

        TrackingView view = tracking.find(r.registrationNumber(), r.trackingCode(), "192.0.2.1").orElseThrow();
        assertEquals(RequestStatus.RECEIVED, view.status());
        assertEquals(1, view.history().size());
        assertTrue(tracking.find(r.registrationNumber(), "WRONGCODE2", "192.0.2.1").isEmpty());
    }

    @Test
    void reportsEveryProblemAtOnceAndStoresNothing() {
        Office kupang = office("5371");
        IntakeCommand bad = new IntakeCommand(kupang.getId(), RequestKind.INFORMATION, Channel.ONLINE,
                UUID.randomUUID().toString(), ApplicantType.POLITICAL_PARTY, " ", null, IdType.NIK, "12345",
                "", null, "12", "not-an-email", "", "", null, DeliveryMethod.EMAIL, "", false, Messages.INDONESIAN);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> intake.submit(bad, List.of(), "applicant"));
        Set<String> fields = e.problems().stream().map(InvalidInputException.Problem::field)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("name", "institutionName", "idNumber", "address", "phone", "email",
                "subject", "purpose", "obtainMethod", "informationSource", "consent", "idScan", "requestLetter")),
                fields);
        assertTrue(intake.submit(command(kupang, RequestKind.CONSULTATION, UUID.randomUUID().toString(), null),
                idScan(), "applicant").registrationNumber().startsWith("PK-5371-"));
    }

    @Test
    void theSameFormSubmittedTwiceIsOneRequest() throws SQLException {
        Office mesuji = office("1811");
        String key = UUID.randomUUID().toString();
        Receipt first = intake.submit(command(mesuji, RequestKind.CONSULTATION, key, null), idScan(), "applicant");
        long applicants = applicants();
        Receipt second = intake.submit(command(mesuji, RequestKind.CONSULTATION, key, null), idScan(), "applicant");
        assertEquals(first.requestId(), second.requestId());
        assertEquals(first.registrationNumber(), second.registrationNumber());
        assertFalse(first.duplicate());
        assertTrue(second.duplicate());
        assertNull(second.trackingCode(), "the code is only shown once");
        assertEquals(applicants, applicants(), "the copy's rolled-back attempt left no applicant behind");
        Receipt next = intake.submit(command(mesuji, RequestKind.CONSULTATION, UUID.randomUUID().toString(), null),
                idScan(), "applicant");
        assertEquals(sequence(first) + 1, sequence(next), "the copy took no number");
    }

    /** A key sent again with another applicant is no copy: refused, without the number it first registered. */
    @Test
    void aSubmissionKeyReusedForAnotherApplicantIsRefusedAndRevealsNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        IntakeCommand other = command(office("1811"), RequestKind.INFORMATION, key, null);
        Receipt first = intake.submit(other, idScan(), "applicant");
        long applicants = applicants();
        IntakeCommand stranger = new IntakeCommand(other.officeId(), other.kind(), other.channel(), key,
                other.applicantType(), "Yohanes Tefa", null, IdType.NIK, "5371011507850003", other.address(),
                other.occupation(), other.phone(), null, other.subject(), other.purpose(), other.obtainMethod(),
                other.deliveryMethod(), other.informationSource(), true, Messages.INDONESIAN);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> intake.submit(stranger, idScan(), "applicant"));
        assertEquals(List.of("submissionKey"), e.problems().stream().map(InvalidInputException.Problem::field)
                .toList());
        assertEquals("intake.submissionKey.reused", e.problems().get(0).key());
        assertFalse(e.getMessage() != null && e.getMessage().contains(first.registrationNumber()));
        assertEquals(applicants, applicants(), "nothing stored");
        IntakeCommand elsewhere = command(office("5371"), RequestKind.INFORMATION, key, null);
        assertThrows(InvalidInputException.class, () -> intake.submit(elsewhere, idScan(), "applicant"),
                "the same applicant's key at another office");
    }

    private long applicants() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM applicant")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int sequence(Receipt receipt) {
        return RegistrationNumber.parse(receipt.registrationNumber()).orElseThrow().sequence();
    }

    @Test
    void numbersStaySequentialWithoutGapsUnderConcurrentSubmissions() throws Exception {
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        Office cilacap = office("3301");
        Office jateng = office("33");
        List<Callable<Receipt>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Office target = i % 4 == 0 ? jateng : cilacap;
            RequestKind kind = i % 3 == 0 ? RequestKind.CONSULTATION : RequestKind.INFORMATION;
            String key = UUID.randomUUID().toString();
            tasks.add(() -> intake.submit(command(target, kind, key, null), idScan(), "applicant"));
            if (i % 10 == 0) {
                tasks.add(() -> intake.submit(command(target, kind, key, null), idScan(), "applicant"));
            }
        }
        List<Receipt> receipts = new ArrayList<>();
        for (Future<Receipt> f : executor.invokeAll(tasks)) {
            receipts.add(f.get());
        }
        for (Office o : List.of(cilacap, jateng)) {
            List<Integer> seqs = receipts.stream().filter(r -> !r.duplicate() && r.officeId() == o.getId())
                    .map(r -> RegistrationNumber.parse(r.registrationNumber()).orElseThrow().sequence())
                    .sorted().toList();
            for (int i = 1; i < seqs.size(); i++) {
                assertEquals(seqs.get(i - 1) + 1, seqs.get(i), o.getCode() + " numbers: " + seqs);
            }
        }
        assertEquals(40, receipts.stream().filter(r -> !r.duplicate()).count());
        assertEquals(4, receipts.stream().filter(Receipt::duplicate).count());
    }
}
