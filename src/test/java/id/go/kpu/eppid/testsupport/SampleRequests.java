package id.go.kpu.eppid.testsupport;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.DeskIntake;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdCheck;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** In-container ITs: submits a sample online request to KPU Kota Kupang (5371) and returns its id. */
@ApplicationScoped
public class SampleRequests {

    @Inject
    RequestIntake intake;
    @Inject
    RequestUploads uploads;
    @Inject
    OfficeDirectory offices;

    public long submit(RequestKind kind) {
        return submitOnline(kind).requestId();
    }

    /** An online request's receipt, with its registration number and tracking code. */
    public Receipt submitOnline(RequestKind kind) {
        return intake.submit(command(kind, Channel.ONLINE), List.of(idScan()), "applicant");
    }

    /** A request registered at the front desk by {@code fo.kupang}, the ID scanned. */
    public long submitAtDesk(RequestKind kind, Channel channel, boolean immediate) {
        return intake.submitAtDesk(command(kind, channel), List.of(idScan()), "fo.kupang",
                new DeskIntake(IdCheck.SCANNED, null, null, null, immediate)).requestId();
    }

    /**
     * A request about {@code subject} registered at the front desk by {@code fo.kupang} as received at
     * {@code receivedAt} (at most 30 days back), the ID scanned.
     */
    public long submitAtDesk(RequestKind kind, Channel channel, String subject, Instant receivedAt) {
        return intake.submitAtDesk(command(kind, channel, subject), List.of(idScan()), "fo.kupang",
                new DeskIntake(IdCheck.SCANNED, receivedAt, null, null, false)).requestId();
    }

    private AcceptedFile idScan() {
        byte[] jpeg = TestFiles.smallJpeg();
        return uploads.accept(FileKind.ID_SCAN, "ktp.jpg", jpeg.length, new ByteArrayInputStream(jpeg));
    }

    private IntakeCommand command(RequestKind kind, Channel channel) {
        return command(kind, channel, "Rekap hasil Pemilu 2024 Kota Kupang");
    }

    private IntakeCommand command(RequestKind kind, Channel channel, String subject) {
        long office = offices.findByCode("5371").orElseThrow().getId();
        return new IntakeCommand(office, kind, channel, UUID.randomUUID().toString(),
                ApplicantType.INDIVIDUAL, "Yosef Tefa", null, IdType.NIK, "5371011203800004",
                "Jl. Timor Raya 8, Kupang", null, "0812 3456 7890", "yosef@example.org",
                subject, "Penelitian", ObtainMethod.SOFTCOPY, DeliveryMethod.EMAIL,
                "Situs web KPU", true, Messages.INDONESIAN);
    }
}
