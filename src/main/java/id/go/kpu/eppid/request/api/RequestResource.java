package id.go.kpu.eppid.request.api;

import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.IntakeCommand;
import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.application.Receipt;
import id.go.kpu.eppid.request.application.RequestIntake;
import id.go.kpu.eppid.request.application.RequestTracking;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.upload.UploadNames;
import id.go.kpu.eppid.shared.web.ClientAddress;
import id.go.kpu.eppid.request.application.TrackingView;
import id.go.kpu.eppid.request.domain.ApplicantType;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.DeliveryMethod;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.request.domain.IdType;
import id.go.kpu.eppid.request.domain.ObtainMethod;
import id.go.kpu.eppid.request.domain.RequestEvent;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.upload.MultipartParser;
import id.go.kpu.eppid.shared.upload.ParsedMultipart;
import id.go.kpu.eppid.shared.upload.UploadedFile;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Public API: submit an information or consultation request (multipart, same fields, checks and limits as the
 * form) and track one by number and code. Multipart is parsed by the portal's own leak-free parser, never by the
 * container.
 */
@Path("/requests")
@ApplicationScoped // one instance: no bean made and injected per call (P4 of issue 8); the request is a parameter
public class RequestResource {

    @Inject
    private RequestIntake intake;
    @Inject
    private RequestUploads uploads;
    @Inject
    private RequestTracking tracking;
    @Inject
    private IntakeMail mail;
    /**
     * The current request, through CDI's built-in bean: a lookup's parameter {@code @Context HttpServletRequest} made
     * Jersey resolve and create the request object again on every call (4 % of a lookup, P4 of issue 8).
     */
    @Inject
    private HttpServletRequest current;

    /** What a successful submission returns. */
    public record Submitted(String registrationNumber, String trackingCode, String kind, String officeName,
            Instant receivedAt, Instant dueAt, String trackingUrl, boolean duplicate) {
    }

    /** Tracking input. */
    public record TrackQuery(String number, String code) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request", description = "Fields: officeId, kind (INFORMATION|CONSULTATION), "
            + "applicantType, name, institutionName, idType (NIK|PASSPORT|OTHER), idNumber, address, occupation, "
            + "phone, email, subject, purpose, obtainMethod, deliveryMethod, informationSource, consent (true), "
            + "optional submissionKey (or header Idempotency-Key: the same form sent again with it answers 200 with "
            + "the first registration; with another applicant or office, 422); files idScan (required) and "
            + "requestLetter: JPEG, PNG or PDF by content.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Sent again with the same key: registered before, no new code")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "422", description = "Invalid input, one problem per field")
    @APIResponse(responseCode = "503", description = "Database or file storage briefly unavailable: nothing stored, "
            + "send it again after Retry-After with the same key")
    public Response submit(@Context HttpServletRequest http) throws IOException {
        MultipartParser parser = MultipartParser.builder()
                .maxFileSize(Math.max(uploads.maxBytes(FileKind.ID_SCAN), uploads.maxBytes(FileKind.REQUEST_LETTER)))
                .maxRequestSize(uploads.maxBytes(FileKind.ID_SCAN) + uploads.maxBytes(FileKind.REQUEST_LETTER)
                        + MultipartParser.MB)
                .build();
        if (!MultipartParser.isMultipartFormData(http)) {
            throw new BadRequestException();
        }
        List<AcceptedFile> accepted = new ArrayList<>();
        try (ParsedMultipart form = parser.parse(http)) {
            List<Problem> problems = new ArrayList<>();
            accept(form, "idScan", FileKind.ID_SCAN, accepted, problems);
            accept(form, "requestLetter", FileKind.REQUEST_LETTER, accepted, problems);
            IntakeCommand command = command(form, http, problems);
            InvalidInputException.throwIfAny(problems);
            Receipt receipt = intake.submit(command, accepted, RequestEvent.APPLICANT);
            Messages m = Messages.of(command.locale());
            return Response.status(receipt.duplicate() ? 200 : 201)
                    .entity(new Submitted(receipt.registrationNumber(), receipt.trackingCode(), m.label(receipt.kind()),
                            receipt.officeName(), receipt.receivedAt(), receipt.dueAt(),
                            mail.trackingUrl(receipt.registrationNumber()), receipt.duplicate()))
                    .build();
        } catch (RuntimeException e) {
            accepted.forEach(uploads::discard);
            throw e;
        }
    }

    @POST
    @Path("/track")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Track a request", description = "Registration number and tracking code from the receipt. "
            + "Returns the status history and due date; never personal data.")
    public TrackingView track(TrackQuery query) {
        if (query == null) {
            throw new BadRequestException();
        }
        return tracking.find(query.number(), query.code(), ClientAddress.of(current))
                .orElseThrow(NotFoundException::new);
    }

    private void accept(ParsedMultipart form, String field, FileKind kind, List<AcceptedFile> accepted,
            List<Problem> problems) throws IOException {
        UploadedFile file = form.file(field).orElse(null);
        if (file == null) {
            return;
        }
        if (!UploadNames.isAcceptable(file.submittedFileName())) {
            // a crafted name as sent (the parser would only clean it for display): refused, as the issue 8 corpus
            problems.add(new Problem(field, "upload.badName", UploadNames.MAX_LENGTH));
            return;
        }
        try (InputStream in = file.open()) {
            accepted.add(uploads.accept(kind, file.fileName(), file.size(), in));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static IntakeCommand command(ParsedMultipart form, HttpServletRequest http, List<Problem> problems) {
        String key = form.field("submissionKey").orElse(http.getHeader("Idempotency-Key"));
        return new IntakeCommand(
                parseLong(form.field("officeId").orElse(null), "officeId", problems),
                parse(RequestKind.class, form, "kind", problems),
                Channel.ONLINE,
                key == null || key.isBlank() ? UUID.randomUUID().toString() : key.trim(),
                parse(ApplicantType.class, form, "applicantType", problems),
                form.field("name").orElse(null),
                form.field("institutionName").orElse(null),
                parse(IdType.class, form, "idType", problems),
                form.field("idNumber").orElse(null),
                form.field("address").orElse(null),
                form.field("occupation").orElse(null),
                form.field("phone").orElse(null),
                form.field("email").orElse(null),
                form.field("subject").orElse(null),
                form.field("purpose").orElse(null),
                parse(ObtainMethod.class, form, "obtainMethod", problems),
                parse(DeliveryMethod.class, form, "deliveryMethod", problems),
                form.field("informationSource").orElse(null),
                "true".equalsIgnoreCase(form.field("consent").orElse("false")),
                http.getHeader("Accept-Language") == null ? Messages.INDONESIAN
                        : Messages.supported(http.getLocale()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, ParsedMultipart form, String field,
            List<Problem> problems) {
        String value = form.field(field).orElse(null);
        if (value == null || value.isBlank()) {
            return null; // the intake reports missing required values
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "validation.choice"));
            return null;
        }
    }

    private static Long parseLong(String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "validation.choice"));
            return null;
        }
    }
}
