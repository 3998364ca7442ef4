package id.go.kpu.eppid.objection.application;

import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.outgoing.application.LetterFacts;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LAW-3: the superior's written answer to an objection is a letter of the request
 * ({@link OutgoingLetterType#OBJECTION_DECISION}, signed by the Chair), offered once the latest objection is
 * answered, with its number and date, the grounds, the answer and its reasons, and the last day to go to the
 * Information Commission.
 */
@ApplicationScoped
public class ObjectionLetterFacts implements LetterFacts {

    @Inject
    private Objections objections;

    @Override
    public Set<OutgoingLetterType> applicable(ServiceRequest request) {
        return answered(request).isPresent() ? EnumSet.of(OutgoingLetterType.OBJECTION_DECISION)
                : EnumSet.noneOf(OutgoingLetterType.class);
    }

    @Override
    public Map<String, Object> facts(ServiceRequest request, OutgoingLetterType type, Locale locale) {
        Optional<Objection> answered = type == OutgoingLetterType.OBJECTION_DECISION ? answered(request)
                : Optional.empty();
        if (answered.isEmpty()) {
            return Map.of();
        }
        Objection o = answered.get();
        Messages m = Messages.of(locale);
        ZoneId zone = request.getOffice().getZone();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("objectionNumber", o.getNumber());
        facts.put("objectionDate", OfficeDateFormat.date(o.getFiledAt().atZone(zone), locale));
        facts.put("grounds", o.getGrounds().stream()
                .map(g -> Map.of("letter", String.valueOf(g.letter()), "text", m.label(g))).toList());
        facts.put("decision", m.label(o.getDecision()));
        facts.put("decisionReason", o.getDecisionReason());
        if (o.getDecision() == ObjectionDecision.DISCLOSURE_ORDERED) {
            facts.put("disclosureOrdered", "true");
        }
        facts.put("commissionDeadline", OfficeDateFormat.date(o.getCommissionUntil().atStartOfDay(zone), locale));
        return facts;
    }

    private Optional<Objection> answered(ServiceRequest request) {
        List<Objection> all = objections.of(request);
        return all.isEmpty() || !all.get(all.size() - 1).isDecided() ? Optional.empty()
                : Optional.of(all.get(all.size() - 1));
    }
}
