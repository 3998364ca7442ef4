package id.go.kpu.eppid.letter.application;

import id.go.kpu.eppid.letter.domain.IncomingLetter;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.report.RegisterDocument;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The incoming-letter register of a selection as an Excel workbook (to work on) or an A4 landscape PDF (to print
 * and sign off): agenda number, received, channel, sender's letter number and date, sender, subject, addressee,
 * type, and the registration number of the request it created.
 */
@ApplicationScoped
public class LetterRegisterExport {

    private static final float[] WIDTHS = {14f, 11f, 8f, 13f, 14f, 18f, 9f, 13f};

    @Inject
    private LetterRegister register;

    @Inject
    private RequestNumbers requestNumbers;

    private List<List<Object>> rows(Office office, LetterQuery q, Messages m) {
        ZoneId zone = office.getZone();
        List<IncomingLetter> letters = register.all(office.getId(), q);
        var numbers = requestNumbers.of(letters.stream().map(IncomingLetter::getRequestId).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (IncomingLetter l : letters) {
            List<Object> row = new ArrayList<>();
            row.add(l.getAgendaNumber());
            ZonedDateTime received = l.getReceivedAt().atZone(zone);
            row.add(OfficeDateFormat.date(received, m.locale()) + " " + OfficeDateFormat.time(received, m.locale())
                    + " " + OfficeDateFormat.zoneAbbreviation(received, m.locale()));
            row.add(m.label(l.getChannel()));
            row.add((l.getLetterNumber() == null ? "" : l.getLetterNumber())
                    + (l.getLetterDate() == null ? "" : " / " + OfficeDateFormat.date(l.getLetterDate().atStartOfDay(zone), m.locale())));
            row.add(l.getSender());
            row.add(l.getSubject());
            row.add(m.label(l.getType()));
            row.add(l.getRequestId() == null ? "" : numbers.getOrDefault(l.getRequestId(), ""));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> headers(Messages m) {
        return List.of(m.get("letter.agendaNumber"), m.get("letter.receivedAt"), m.get("letter.channel"),
                m.get("letter.numberAndDate"), m.get("letter.sender"), m.get("letter.subject"), m.get("letter.type"),
                m.get("letter.request"));
    }

    private RegisterDocument document(Office office, LetterQuery q, Messages m) {
        List<List<Object>> rows = rows(office, q, m);
        return new RegisterDocument(m.get("letter.register.title"), m.get("letter.register.count", rows.size()),
                m.get("letter.register.footer"), WIDTHS, headers(m), rows);
    }

    /** Writes the workbook to {@code out}. */
    public void xlsx(Office office, LetterQuery q, Messages m, OutputStream out) throws IOException {
        document(office, q, m).xlsx(out);
    }

    public byte[] pdf(Office office, LetterQuery q, Messages m) {
        return document(office, q, m).pdf(OfficeLetterhead.of(office), m);
    }
}
