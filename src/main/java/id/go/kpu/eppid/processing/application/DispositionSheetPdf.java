package id.go.kpu.eppid.processing.application;

import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.processing.domain.Disposition;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.pdf.PdfDocuments.Row;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The disposition sheet (lembar disposisi, REQ-4) in the usual KPU layout: letterhead, the request as the incoming
 * item (registration number, date received, applicant, subject), then "diteruskan kepada", urgency, due date, the
 * instructions, and the disposing official's name and date.
 */
@ApplicationScoped
public class DispositionSheetPdf {

    public byte[] render(Disposition d, Messages m) {
        ServiceRequest r = d.getRequest();
        ZoneId zone = r.getOffice().getZone();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        String title = m.get("sheet.title");
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(title + " " + r.getRegistrationNumber(),
                r.getOffice().getName(), m.locale()))) {
            pdf.footer(m.get("sheet.footer"))
                    .letterhead(OfficeLetterhead.of(r.getOffice()), m::get)
                    .title(title)
                    .labelValueTable(List.of(
                            Row.strong(m.get("sheet.registrationNumber"), r.getRegistrationNumber()),
                            Row.of(m.get("sheet.receivedAt"),
                                    OfficeDateFormat.dateTime(r.getReceivedAt().atZone(zone), m.locale())),
                            Row.of(m.get("sheet.channel"), m.label(r.getChannel())),
                            Row.of(m.get("sheet.applicant"), r.getApplicant().getDisplayName()),
                            Row.of(m.get("sheet.subject"), r.getSubject()),
                            Row.of(m.get("sheet.kind"), m.label(r.getKind()))))
                    .labelValueTable(List.of(
                            Row.strong(m.get("sheet.to"), d.getTo().getFullName()
                                    + (d.getTo().getPositionTitle() == null ? "" : ", " + d.getTo().getPositionTitle())),
                            Row.of(m.get("sheet.priority"), m.label(d.getPriority())),
                            Row.of(m.get("sheet.dueBy"), d.getDueBy() == null ? "—"
                                    : OfficeDateFormat.date(d.getDueBy().atStartOfDay(zone), m.locale())),
                            Row.of(m.get("sheet.instructions"), d.getInstructions())))
                    .signatureBlock(m.get("sheet.date", OfficeDateFormat.date(d.getGivenAt().atZone(zone), m.locale())),
                            d.getFrom().getPositionTitle() == null ? "" : d.getFrom().getPositionTitle() + ",",
                            d.getFrom().getFullName());
        }
        return out.toByteArray();
    }
}
