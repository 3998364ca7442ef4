package id.go.kpu.eppid.objection.application;

import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.objection.domain.ObjectionGround;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.report.RegisterDocument;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * LAW-3, LAW-4: the objection register of an office and year — number, date filed, applicant, request, grounds (the
 * letters of Pasal 35 ayat (1)), the superior's answer, its date and the deciding official, and the dispute at the
 * Information Commission — as Excel or PDF.
 */
@ApplicationScoped
public class ObjectionRegister {

    private static final float[] WIDTHS = {13f, 10f, 14f, 15f, 7f, 13f, 10f, 14f, 14f};

    @Inject
    private Objections objections;

    /** The register of {@code year} in the language of {@code m}. */
    public RegisterDocument document(Office office, int year, Messages m) {
        ZoneId zone = office.getZone();
        List<List<Object>> rows = new ArrayList<>();
        for (Objection o : objections.register(office.getId(), year)) {
            List<Object> row = new ArrayList<>();
            row.add(o.getNumber());
            row.add(OfficeDateFormat.date(o.getFiledAt().atZone(zone), m.locale()));
            row.add(o.getRequest().getApplicant().getDisplayName());
            row.add(o.getRequest().getRegistrationNumber());
            row.add(o.getGrounds().stream().map(g -> String.valueOf(g.letter())).collect(Collectors.joining(", ")));
            row.add(o.isDecided() ? m.label(o.getDecision()) : m.get("objection.register.pending"));
            row.add(o.getDecidedAt() == null ? "" : OfficeDateFormat.date(o.getDecidedAt().atZone(zone), m.locale()));
            row.add(o.getDeciderName() == null ? "" : o.getDeciderName());
            row.add(o.getDisputeOutcome() == null ? "" : o.getDisputeNumber() + " · " + m.label(o.getDisputeOutcome()));
            rows.add(row);
        }
        String legend = Arrays.stream(ObjectionGround.values())
                .map(g -> g.letter() + " = " + m.label(g)).collect(Collectors.joining("; "));
        return new RegisterDocument(m.get("objection.register.title", year), m.get("objection.register.count",
                rows.size(), office.getName()) + " " + m.get("objection.register.legend", legend),
                m.get("objection.register.footer"), WIDTHS, headers(m), rows);
    }

    /** The column headings. */
    public static List<String> headers(Messages m) {
        return List.of(m.get("objection.col.number"), m.get("objection.col.filedAt"), m.get("objection.col.applicant"),
                m.get("objection.col.request"), m.get("objection.col.grounds"), m.get("objection.col.decision"),
                m.get("objection.col.decidedAt"), m.get("objection.col.decider"), m.get("objection.col.dispute"));
    }
}
