package id.go.kpu.eppid.guestbook.application;

import id.go.kpu.eppid.guestbook.domain.GuestEntry;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest book of one day as an A4 landscape PDF to print and file (HD-4): the office letterhead, then one row per
 * visit with times in and out, guest, purpose, whom they visited, card, ID (masked), whether the ID card was held and
 * returned, and the guest's signature.
 */
@ApplicationScoped
public class GuestBookPdf {

    private static final float[] WIDTHS = {3.5f, 9f, 19f, 13f, 13f, 6f, 12f, 10f, 14.5f};

    @Inject
    private GuestBookSearch search;

    public byte[] render(Office office, LocalDate day, Messages m) {
        ZoneId zone = office.getZone();
        List<GuestEntry> entries = search.day(office.getId(), day, zone);
        String dayText = OfficeDateFormat.date(day.atStartOfDay(zone), m.locale());
        String title = m.get("guestbook.pdf.title");
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (GuestEntry g : entries) {
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(n++));
            row.add(time(g.getArrivedAt().atZone(zone), m) + "\n"
                    + (g.getLeftAt() == null ? "—" : time(g.getLeftAt().atZone(zone), m)));
            row.add(g.getName() + (g.getInstitution() == null ? "" : "\n" + g.getInstitution()));
            row.add(m.label(g.getPurpose()) + (g.getPurposeNote() == null ? "" : "\n" + g.getPurposeNote()));
            row.add(g.getVisiting());
            row.add(g.getCardNumber() == null ? "" : g.getCardNumber());
            row.add(m.label(g.getIdType()) + "\n" + g.getIdNumberMasked());
            row.add(!g.isIdHeld() ? m.get("guestbook.pdf.idNotHeld")
                    : g.getIdReturnedAt() == null ? m.get("guestbook.pdf.idStillHeld")
                    : m.get("guestbook.pdf.idReturned", time(g.getIdReturnedAt().atZone(zone), m)));
            row.add(g.getSignaturePng());
            rows.add(row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try (PdfDocuments pdf = PdfDocuments.open(out,
                new PdfDocuments.Info(title + " " + dayText, office.getName(), m.locale(), true))) {
            pdf.footer(m.get("guestbook.pdf.footer"))
                    .letterhead(OfficeLetterhead.of(office), m::get)
                    .title(title)
                    .paragraph(m.get("guestbook.pdf.day", dayText, entries.size()))
                    .dataTable(WIDTHS, List.of(m.get("guestbook.pdf.no"), m.get("guestbook.pdf.inOut"),
                            m.get("guestbook.pdf.guest"), m.get("guest.purpose"), m.get("guest.visiting"),
                            m.get("guest.card"), m.get("guestbook.pdf.id"), m.get("guestbook.pdf.idCard"),
                            m.get("guest.signature")), rows, 28f);
        }
        return out.toByteArray();
    }

    private static String time(ZonedDateTime t, Messages m) {
        return OfficeDateFormat.time(t, m.locale()) + " " + OfficeDateFormat.zoneAbbreviation(t, m.locale());
    }
}
